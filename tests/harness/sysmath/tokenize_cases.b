implement TokenizeCases;
include "sys.m";
	sys: Sys;
include "draw.m";
TokenizeCases: module { init: fn(nil: ref Draw->Context, nil: list of string); };
show(s, d: string)
{
	(n, l) := sys->tokenize(s, d);
	sys->print("%q/%q: %d:", s, d, n);
	for(; l != nil; l = tl l)
		sys->print(" [%s]", hd l);
	sys->print("\n");
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("a b c", " ");
	show("  a   b  ", " ");
	show("a,b,,c,", ",");
	show(",,,", ",");
	show("", " ");
	show("abc", "");
	show("", "");
	show("a b\tc\nd", " \t\n");
	show("a:b;c", ":;");
	show("héllo wörld", "ö");
	show("x☺y☺☺z", "☺");
	show("abc", "abc");
	show("abcabc", "b");
	show("one", "xyz");
	n: string;
	show(n, " ");
	show("a b", n);
	(c, nil) := sys->tokenize("1 2 3 4 5 6 7 8 9 10", " ");
	sys->print("count %d\n", c);
	(nil, l) := sys->tokenize("k=v;k2=v2", ";");
	for(; l != nil; l = tl l){
		(m, kv) := sys->tokenize(hd l, "=");
		sys->print("%d %s %s\n", m, hd kv, hd tl kv);
	}
	show("a\u0000b c", " ");
	show("a'b c'd", " ");
}
