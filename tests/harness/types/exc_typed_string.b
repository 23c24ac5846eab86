implement ExcTypedString;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcTypedString: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

P: exception(int);
Q: exception;

# typed exceptions against string patterns, in the raising function and above
samewild(): string
{
	{
		raise P(1);
	} exception e {
	"*" =>
		return "samewild caught " + e;
	}
	return "samewild fell through";
}

sameprefix(): string
{
	{
		raise Q;
	} exception e {
	"Exc*" =>
		return "sameprefix caught " + e;
	}
	return "sameprefix fell through";
}

raiser(n: int)
{
	if(n)
		raise P(n);
	raise Q;
}

callerwild(n: int): string
{
	{
		raiser(n);
	} exception e {
	"*" =>
		return "callerwild caught " + e;
	}
	return "callerwild fell through";
}

callertyped(n: int): string
{
	{
		raiser(n);
	} exception e {
	P =>
		return "callertyped P";
	"*" =>
		return "callertyped string " + e;
	}
	return "callertyped fell through";
}

run(name: string, f: ref fn(): string)
{
	{
		sys->print("%s: %s\n", name, f());
	} exception e {
	"*" =>
		sys->print("%s: escaped as %s\n", name, e);
	}
}

cw1(): string { return callerwild(1); }
cw0(): string { return callerwild(0); }
ct1(): string { return callertyped(1); }
ct0(): string { return callertyped(0); }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	run("samewild", samewild);
	run("sameprefix", sameprefix);
	run("cw1", cw1);
	run("cw0", cw0);
	run("ct1", ct1);
	run("ct0", ct0);
}
