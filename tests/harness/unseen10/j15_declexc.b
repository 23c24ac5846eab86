implement DeclExc;

include "sys.m";
	sys: Sys;
include "draw.m";

DeclExc: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Parse: exception(int, string);
Empty: exception;
Limit: exception(big);

parsenum(s: string): int raises (Parse, Empty)
{
	if(len s == 0)
		raise Empty;
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c < '0' || c > '9')
			raise Parse(i, "bad char '" + s[i:i+1] + "'");
		n = n*10 + c - '0';
	}
	return n;
}

limit(n: int, max: big): int raises Limit
{
	if(big n > max)
		raise Limit(big n - max);
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== declared exceptions with values ==\n");
	inputs := array[] of {"123", "", "12a4", "999", "0", "x"};
	for(i := 0; i < len inputs; i++){
		s := inputs[i];
		{
			n := limit(parsenum(s), big 500);
			sys->print("%-6s ok %d\n", "\"" + s + "\"", n);
		} exception e {
		Parse =>
			(pos, why) := e;
			sys->print("%-6s Parse at %d: %s\n", "\"" + s + "\"", pos, why);
		Empty =>
			sys->print("%-6s Empty\n", "\"" + s + "\"");
		Limit =>
			sys->print("%-6s Limit exceeded by %bd\n", "\"" + s + "\"", e);
		}
	}
	sys->print("== declared exception passes through string handler ==\n");
	{
		{
			parsenum("z");
		} exception e {
		"nothing" =>
			sys->print("wrong arm %s\n", e);
		}
	} exception {
	Parse =>
		sys->print("outer Parse handler reached\n");
	}
	sys->print("== string exception not caught by declared arm ==\n");
	{
		{
			raise "plain";
		} exception {
		Empty =>
			sys->print("wrong: Empty\n");
		}
	} exception e {
	"plain" =>
		sys->print("outer got %s\n", e);
	}
	sys->print("== catch-all arm sees declared exceptions ==\n");
	{
		parsenum("");
	} exception {
	"*" =>
		sys->print("catch-all caught an Empty\n");
	}
	sys->print("done\n");
}
