# exercises sys->tokenize with various separators, empty fields, unicode separators
implement Tok;
include "sys.m";
include "draw.m";
sys: Sys;
Tok: module { init: fn(nil: ref Draw->Context, nil: list of string); };
show(s, sep: string)
{
	(n, l) := sys->tokenize(s, sep);
	sys->print("%d:", n);
	for(; l != nil; l = tl l) sys->print(" [%s]", hd l);
	sys->print("\n");
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("a b  c", " ");
	show("  leading and trailing  ", " ");
	show("", " ");
	show("   ", " ");
	show("a,b;;c,", ",;");
	show("noseps", "");
	show("x\ty\nz", " \t\n");
	show("αβ·γ··δ", "·");
	show("key=value=more", "=");
	show("one", "one");
}
