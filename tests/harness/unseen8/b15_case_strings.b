#args: go stop Yellow apple mango zebra 42 RED
implement CaseStrings;

include "sys.m";
	sys: Sys;
include "draw.m";

CaseStrings: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

signal(s: string): string
{
	case s {
	"go" or "green" =>
		return "move";
	"stop" or "red" =>
		return "halt";
	"yellow" =>
		return "careful";
	"" =>
		return "empty";
	}
	return "unknown";
}

bucket(s: string): string
{
	case s {
	"a" to "fzzz" =>
		return "a-f";
	"g" to "m" =>
		return "g-m";
	"n" to "z" =>
		return "n-z";
	"0" to "9" =>
		return "number";
	* =>
		return "elsewhere";
	}
}

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;

	args = tl args;
	sys->print("%d args\n", len args);
	for(a := args; a != nil; a = tl a) {
		w := hd a;
		sys->print("%-8s signal=%-8s lower=%-8s bucket=%s\n", "'" + w + "'", signal(w), signal(lower(w)), bucket(lower(w)));
	}
	words := array[] of {"m", "ma", "mz", "n", "fzzz", "fzzzz", "g", "9", "99", "zz", "Z", "~"};
	for(i := 0; i < len words; i++)
		sys->print("%s:%s ", words[i], bucket(words[i]));
	sys->print("\n");
}
