implement PatternOrder;

include "sys.m";
	sys: Sys;
include "draw.m";

PatternOrder: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

classify(msg: string): string
{
	{
		raise msg;
	} exception e {
	"abc" =>
		return "exact abc";
	"ab*" =>
		return "prefix ab (" + e + ")";
	"a*" =>
		return "prefix a (" + e + ")";
	"b" or "c" =>
		return "b or c";
	"*" =>
		return "anything (" + e + ")";
	}
	return "unreachable";
}

# with the wildcard first, specific arms are still consulted
wildfirst(msg: string): string
{
	{
		raise msg;
	} exception e {
	"*" =>
		return "wild " + e;
	"ok" =>
		return "exact ok";
	"o*" =>
		return "prefix o";
	}
	return "unreachable";
}

# no arm matches: the exception propagates
nomatch(msg: string): string
{
	{
		{
			raise msg;
		} exception {
		"q" =>
			return "inner q";
		"zz*" =>
			return "inner zz";
		}
	} exception e {
	"*" =>
		return "outer got " + e;
	}
	return "unreachable";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"abc", "abcd", "ab", "a", "apple", "b", "c", "bc", "", "*", "a*"};
	for(i := 0; i < len tests; i++)
		sys->print("classify(%q) = %s\n", tests[i], classify(tests[i]));
	w := array[] of {"ok", "okay", "o", "no"};
	for(i = 0; i < len w; i++)
		sys->print("wildfirst(%q) = %s\n", w[i], wildfirst(w[i]));
	n := array[] of {"q", "zzz", "zz", "z", "qq"};
	for(i = 0; i < len n; i++)
		sys->print("nomatch(%q) = %s\n", n[i], nomatch(n[i]));
}
