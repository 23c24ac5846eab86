implement LoadMissing;

include "sys.m";
	sys: Sys;
include "draw.m";

LoadMissing: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Nowhere: module
{
	PATH:	con "$Nowhere";
	hello:	fn(): string;
};

Other: module
{
	PATH:	con "/dis/dbg-errors-no-such-module.dis";
	go:	fn(n: int): int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := load Nowhere Nowhere->PATH;
	sys->print("$Nowhere nil %d [%r]\n", n == nil);
	sys->werrstr("reset");
	o := load Other Other->PATH;
	sys->print("Other nil %d [%r]\n", o == nil);
	sys->werrstr("reset");
	o = load Other "/tmp/dbg-errors-load-missing/none.dis";
	sys->print("tmp path nil %d [%r]\n", o == nil);
	sys->werrstr("reset");
	o = load Other "relative-none.dis";
	sys->print("relative nil %d [%r]\n", o == nil);
	sys->werrstr("reset");
	o = load Other "";
	sys->print("empty nil %d [%r]\n", o == nil);
	sys->werrstr("reset");
	np: string;
	o = load Other np;
	sys->print("nil path nil %d [%r]\n", o == nil);
	sys->werrstr("reset");
	o = load Other "$";
	sys->print("$ alone nil %d [%r]\n", o == nil);
	sys->werrstr("reset");
	o = load Other "$sys";
	sys->print("$sys nil %d [%r]\n", o == nil);
	{
		sys->print("%d\n", o->go(1));
	} exception e {
	"*" =>
		sys->print("call through failed load: %s\n", e);
	}
	sys->print("done\n");
}
