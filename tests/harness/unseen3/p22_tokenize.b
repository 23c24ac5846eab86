implement P22;
include "sys.m";
	sys: Sys;
include "draw.m";
P22: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

show(s, delim: string)
{
	(n, l) := sys->tokenize(s, delim);
	sys->print("%q / %q -> %d:", s, delim, n);
	for(; l != nil; l = tl l)
		sys->print(" [%s]", hd l);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("a b c", " ");
	show("  leading and trailing  ", " ");
	show("a,,b,,,c", ",");
	show("", " ");
	show("    ", " ");
	show("no-delims", " ");
	show("x:y;z w", ":; ");
	show("a\tb\nc d", " \t\n");
	show("één twee drie", " ");
	show("α→β→γ", "→");
	show("abc", "");
	show("key=value=more", "=");
	# count words in a multi-line text
	text := "The quick brown fox\njumps over\n\nthe lazy dog.\n";
	(nl, lines) := sys->tokenize(text, "\n");
	sys->print("%d lines\n", nl);
	tot := 0;
	for(; lines != nil; lines = tl lines){
		(nw, nil) := sys->tokenize(hd lines, " ");
		tot += nw;
	}
	sys->print("%d words\n", tot);
}
