implement HandlerOrder;

include "sys.m";
	sys: Sys;
include "draw.m";

HandlerOrder: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

starfirst(s: string): string
{
	{
		raise s;
	} exception e {
	"*" =>
		return "star";
	"x" =>
		return "exact x";
	"x*" =>
		return "prefix x*";
	}
	return nil;
}

shortfirst(s: string): string
{
	{
		raise s;
	} exception e {
	"a*" =>
		return "a*";
	"abc*" =>
		return "abc*";
	"ab*" =>
		return "ab*";
	"abcd" =>
		return "abcd";
	}
	return nil;
}

mixed(s: string): string
{
	{
		raise s;
	} exception e {
	"q*" or "zz" =>
		return "q* or zz";
	"qq" or "z*" =>
		return "qq or z*";
	"qqq*" =>
		return "qqq*";
	}
	return nil;
}

emptypfx(s: string): string
{
	{
		raise s;
	} exception e {
	"" =>
		return "empty";
	"*" =>
		return "star " + e;
	}
	return nil;
}

run(name: string, f: ref fn(s: string): string, ss: array of string)
{
	for(i := 0; i < len ss; i++){
		{
			sys->print("%s(%s) = %s\n", name, ss[i], f(ss[i]));
		} exception e {
		"*" =>
			sys->print("%s(%s) escaped: %s\n", name, ss[i], e);
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	run("starfirst", starfirst, array[] of {"x", "xy", "y"});
	run("shortfirst", shortfirst, array[] of {"a", "ab", "abc", "abcd", "abcde", "b"});
	run("mixed", mixed, array[] of {"q", "qq", "qqq", "qqqq", "z", "zz", "zzz", "r"});
	run("emptypfx", emptypfx, array[] of {"a", "*"});
	sys->print("done\n");
}
