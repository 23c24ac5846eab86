implement T14;

include "sys.m";
	sys: Sys;
include "draw.m";

T14: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

log: list of string;

note(s: string)
{
	log = s :: log;
}

level3(n: int): int
{
	note("l3 " + string n);
	case n {
	0 =>
		raise "zero";
	1 =>
		a := array[2] of int;
		return a[n + 5];
	2 =>
		r: ref Adt;
		return r.x;
	3 =>
		return 10 / (n - 3);
	4 =>
		raise "fail:four";
	}
	return n * 100;
}

Adt: adt {
	x:	int;
};

level2(n: int): int
{
	{
		return level3(n) + 1;
	} exception e {
	"zero" =>
		note("l2 caught zero");
		return -1;
	}
}

level1(n: int): string
{
	{
		v := level2(n);
		return "ok " + string v;
	} exception e {
	"array bounds error" or "dereference of nil" =>
		return "runtime: " + e;
	"fail:*" =>
		note("l1 reraise");
		raise;
	}
}

worker(id: int, res: chan of string)
{
	{
		res <-= sys->sprint("w%d %s", id, level1(id));
	} exception e {
	"*" =>
		res <-= sys->sprint("w%d died: %s", id, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 6; i++){
		if(i == 3)
			continue;
		{
			sys->print("%d: %s\n", i, level1(i));
		} exception e {
		"fail:*" =>
			sys->print("%d: top caught %s\n", i, e);
			continue;
		}
		sys->print("%d: after\n", i);
	}
	l := log;
	log = nil;
	for(; l != nil; l = tl l)
		log = hd l :: log;
	s := "";
	for(; log != nil; log = tl log)
		s += "[" + hd log + "]";
	sys->print("log %s\n", s);

	res := chan of string;
	for(i = 0; i < 6; i++)
		if(i != 3)
			spawn worker(i, res);
	got := array[6] of string;
	for(i = 0; i < 5; i++){
		r := <-res;
		got[r[1] - '0'] = r;
	}
	for(i = 0; i < 6; i++)
		if(got[i] != nil)
			sys->print("%s\n", got[i]);

	# exception value in nested handler and loop with break
	n := 0;
loop:	for(;;){
		{
			n++;
			if(n == 4)
				raise "stop";
			if(n % 2 == 0)
				raise "even:" + string n;
			sys->print("odd %d\n", n);
		} exception x {
		"even:*" =>
			sys->print("caught %s len %d\n", x, len x);
		"stop" =>
			break loop;
		}
	}
	sys->print("stopped at %d\n", n);
	{
		{
			raise "inner";
		} exception {
		"outer" =>
			sys->print("wrong\n");
		}
	} exception y {
	"inn*" =>
		sys->print("outer handler got %s\n", y);
	}
}
