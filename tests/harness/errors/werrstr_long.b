implement WerrstrLong;

include "sys.m";
	sys: Sys;
include "draw.m";

WerrstrLong: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

rep(s: string, n: int): string
{
	r := "";
	for(i := 0; i < n; i++)
		r += s;
	return r;
}

show(what: string)
{
	e := sys->sprint("%r");
	sys->print("%s: len %d [%s]\n", what, len e, e);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := 60; n <= 70; n++){
		sys->werrstr(rep("ab", n));
		show("ab*" + string n);
	}
	sys->werrstr(rep("x", 127));
	show("127");
	sys->werrstr(rep("x", 128));
	show("128");
	sys->werrstr(rep("x", 129));
	show("129");
	sys->werrstr(rep("x", 500));
	show("500");
	# multi-byte runes near the limit
	sys->werrstr(rep("é", 70));
	show("e-acute*70");
	sys->werrstr("y" + rep("é", 70));
	show("y+e-acute*70");
	sys->werrstr(rep("☺", 50));
	show("smiley*50");
	sys->werrstr("ab" + rep("☺", 50));
	show("ab+smiley*50");
	# a long exception text also goes to the error string
	{
		raise rep("r", 200);
	} exception e {
	"*" =>
		sys->print("exception len %d\n", len e);
	}
	show("after long raise");
	{
		raise "u" + rep("☺", 60);
	} exception e {
	"*" =>
		sys->print("exception len %d\n", len e);
	}
	show("after long rune raise");
	# %r with width and flags
	sys->werrstr("short");
	sys->print("[%10r] [%-10r] [%.2r]\n");
	sys->werrstr(nil);
	show("nil");
	sys->print("done\n");
}
