implement SpawnExc;

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnExc: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Node: adt {
	v: int;
};

bad(kind: int)
{
	case kind {
	0 => raise "child boom";
	1 => a := array[1] of int; a[kind] = 0;
	2 => n: ref Node; sys->print("%d\n", n.v);
	3 => raise "fail:child failed";
	4 => l: list of string; sys->print("%s\n", hd l);
	5 => s := "abc"; sys->print("%c\n", s[kind]);
	6 => exit;
	}
	sys->print("child %d not reached\n", kind);
}

caught(kind: int, c: chan of string)
{
	{
		bad(kind);
	} exception e {
	"*" =>
		c <-= sys->sprint("child %d caught %s", kind, e);
		return;
	}
	c <-= sys->sprint("child %d ended normally", kind);
}

ping(c: chan of int, k: int)
{
	c <-= k;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	done := chan of int;
	for(k := 0; k < 7; k++){
		spawn bad(k);
		spawn ping(done, k);
		r := <-done;
		sys->print("parent still alive after child %d (%d)\n", k, r);
	}
	msgs := chan of string;
	for(k = 0; k < 6; k++){
		spawn caught(k, msgs);
		sys->print("%s\n", <-msgs);
	}
	sys->print("done\n");
}
