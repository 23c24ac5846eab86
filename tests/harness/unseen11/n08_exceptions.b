implement Exceptions;

include "sys.m";
	sys: Sys;
include "draw.m";

Exceptions: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Parse: exception(int, string);	# column, message
Range: exception(string, int, int, int);
Empty: exception;

log: list of string;

note(s: string)
{
	log = s :: log;
}

parsenum(s: string): int raises (Parse, Empty)
{
	if(s == nil)
		raise Empty;
	n := 0;
	neg := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		case c {
		'-' =>
			if(i != 0)
				raise Parse(i, "misplaced sign");
			neg = 1;
		'0' to '9' =>
			n = n*10 + c - '0';
		' ' or '\t' =>
			raise Parse(i, "embedded blank");
		* =>
			raise Parse(i, sys->sprint("bad char %c", c));
		}
	}
	if(neg)
		n = -n;
	return n;
}

checked(name, s: string, lo, hi: int): int raises (Range, Parse, Empty)
{
	v: int;
	# declared exceptions only reach the immediate caller intact,
	# so pass parser errors on explicitly
	{
		v = parsenum(s);
	} exception e {
	Parse =>
		(col, msg) := e;
		raise Parse(col+1, msg);	# report 1-based columns
	Empty =>
		raise Empty;
	}
	if(v < lo || v > hi)
		raise Range(name, v, lo, hi);
	return v;
}

setting(name, s: string, lo, hi: int): int
{
	{
		return checked(name, s, lo, hi);
	} exception e {
	Parse =>
		(col, msg) := e;
		note(sys->sprint("%s: column %d: %s", name, col, msg));
	Range =>
		(nil, v, l, h) := e;
		note(sys->sprint("%s: %d not in [%d,%d]", name, v, l, h));
	Empty =>
		note(name + ": empty");
	}
	return lo;
}

# string exceptions with prefix patterns and re-raise
level3(n: int)
{
	case n {
	0 =>	raise "io:read:eof";
	1 =>	raise "io:write";
	2 =>	raise "net";
	3 =>	raise "fail:level3 gave up";
	4 =>	a := array[2] of int; a[n] = 1;
	}
}

level2(n: int)
{
	{
		level3(n);
	} exception e {
	"io:read*" =>
		note("level2 handled " + e);
	"io:*" =>
		note("level2 saw " + e + ", reraising");
		raise;
	}
}

level1(n: int): string
{
	{
		level2(n);
		return "ok";
	} exception e {
	"io:*" or "net" =>
		return "level1 caught " + e;
	"fail:*" =>
		return "failure: " + e[5:];
	"*" =>
		return "other string exception: " + e;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {
		("width", "640"), ("height", "-12"), ("depth", "3x"),
		("speed", ""), ("count", "12 3"), ("size", "1-0"), ("zoom", "400"),
	};
	for(i := 0; i < len inputs; i++){
		(name, s) := inputs[i];
		v := setting(name, s, 1, 1000);
		sys->print("%-6s %q -> %d\n", name, s, v);
	}
	for(l := log; l != nil; l = tl l)
		sys->print("log: %s\n", hd l);
	log = nil;
	for(n := 0; n <= 5; n++)
		sys->print("case %d: %s\n", n, level1(n));
	for(l = log; l != nil; l = tl l)
		sys->print("log: %s\n", hd l);
}
