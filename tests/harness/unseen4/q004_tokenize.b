implement Tok;

include "sys.m";
	sys: Sys;
include "draw.m";

Tok: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

show(s, delim: string)
{
	(n, l) := sys->tokenize(s, delim);
	sys->print("%d:", n);
	for(; l != nil; l = tl l)
		sys->print(" <%s>", hd l);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("the quick  brown fox", " ");
	show("  leading and trailing  ", " ");
	show("a,b,,c,", ",");
	show("key=value;k2=v2", "=;");
	show("", " ");
	show("    ", " ");
	show("one\ttwo\nthree four", " \t\n");
	show("/usr/inferno/appl/cmd", "/");
	show("no-delims-here", "");
	# a small config parser
	cfg := "port 8080\nhost localhost\n# comment\nmax 10\n";
	(nil, lines) := sys->tokenize(cfg, "\n");
	for(; lines != nil; lines = tl lines){
		line := hd lines;
		if(line[0] == '#')
			continue;
		(nf, f) := sys->tokenize(line, " ");
		if(nf == 2)
			sys->print("cfg %s -> %s\n", hd f, hd tl f);
	}
}
