implement StrIndex;

include "sys.m";
	sys: Sys;
include "draw.m";

StrIndex: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

lastchar(s: string): int
{
	return s[len s];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"alpha", "beta", "ω"};
	for(i := 0; i < len words; i++){
		w := words[i];
		sys->print("%s: first=%c last=%c\n", w, w[0], w[len w - 1]);
	}
	{
		c := words[1][10];
		sys->print("never %d\n", c);
	} exception e {
	"*" =>
		sys->print("caught: %s\n", e);
	}
	s := "x";
	s[1] = 'y';
	sys->print("append by index ok: %s\n", s);
	sys->print("now reading past the end of %s\n", words[0]);
	v := lastchar(words[0]);
	sys->print("unreachable %d\n", v);
}
