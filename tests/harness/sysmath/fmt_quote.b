implement FmtQuote;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtQuote: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ss := array[] of {"", "a", "a b", "it's", "''", "tab\there", "nl\nx", "semi;colon", "pipe|x", "amp&",
		"dollar$x", "star*", "q?", "eq=x", "brace{", "paren(", "hash#", "back\\slash", "dq\"x",
		"caret^", "tilde~", "lt<", "gt>", "at@", "comma,", "é", "uni☺", "\u0001ctl", "%d", "`bq"};
	for(i := 0; i < len ss; i++)
		sys->print("%d: [%q] [%#q] [%s]\n", i, ss[i], ss[i], ss[i]);
	sys->print("[%10q] [%-10q] [%.3q] [%10.3q]\n", "x y", "x y", "abcdef", "abcdef");
	s: string;
	sys->print("[%q] [%#q] [%s] [%5s]\n", s, s, s, s);
}
