#args: a,b,,c  key=value;other=thing
implement Tokenizer;

include "sys.m";
	sys: Sys;
include "draw.m";

Tokenizer: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

show(s, delim: string)
{
	(n, l) := sys->tokenize(s, delim);
	sys->print("tokenize(%q, %q) = %d:", s, delim, n);
	for(; l != nil; l = tl l)
		sys->print(" [%s]", hd l);
	sys->print("\n");
}

# parse "k=v;k=v" into pairs
pairs(s: string): list of (string, string)
{
	r: list of (string, string);
	(nil, fields) := sys->tokenize(s, ";");
	for(; fields != nil; fields = tl fields){
		(n, kv) := sys->tokenize(hd fields, "=");
		case n {
		2 =>
			r = (hd kv, hd tl kv) :: r;
		1 =>
			r = (hd kv, "") :: r;
		* =>
			sys->fprint(sys->fildes(2), "bad field %q\n", hd fields);
		}
	}
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	show("one two  three", " ");
	show("   leading and trailing   ", " ");
	show("", " ");
	show("     ", " ");
	show("no-delims-here", " ");
	show("a:b::c:", ":");
	show("mixed\tws \n lines", " \t\n");
	show("x", "");
	show("αβ γδ,ε", " ,");
	argv = tl argv;
	if(argv != nil){
		show(hd argv, ",");
		argv = tl argv;
	}
	if(argv != nil){
		for(p := pairs(hd argv + ";lonely;a=b=c"); p != nil; p = tl p){
			(k, v) := hd p;
			sys->print("pair %s -> %q\n", k, v);
		}
	}
	# rebuild a path from components
	(n, comps) := sys->tokenize("/usr/local//lib/../bin/", "/");
	path := "";
	for(; comps != nil; comps = tl comps)
		path += "/" + hd comps;
	sys->print("%d components, rebuilt %s\n", n, path);
}
