implement Tokenize;

include "sys.m";
	sys: Sys;
include "draw.m";

Tokenize: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

show(s, delim: string)
{
	(n, l) := sys->tokenize(s, delim);
	out := "";
	for(; l != nil; l = tl l)
		out += "<" + hd l + ">";
	sys->print("%-24s n=%d %s\n", "[" + s + "]", n, out);
}

# split keeping empty fields, unlike tokenize
split(s: string, sep: int): list of string
{
	r: list of string;
	start := len s;
	for(i := len s - 1; i >= -1; i--){
		if(i < 0 || s[i] == sep){
			r = s[i+1:start] :: r;
			start = i;
		}
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("a b c", " ");
	show("  leading and trailing  ", " ");
	show("a,,b,,,c", ",");
	show("x:y;z w", ":; ");
	show("", " ");
	show("     ", " ");
	show("no-delims-here", ",");
	show("tab\there\tand space", "\t ");
	show("a,b", "");
	show("ünï,cödé,日本", ",");
	show("path/to//file/", "/");
	show("k=v&k2=&=v3", "&=");
	line := "root:x:0:0::/root:/bin/sh";
	fields := split(line, ':');
	sys->print("split keeps %d fields:", len fields);
	for(; fields != nil; fields = tl fields)
		sys->print(" [%s]", hd fields);
	sys->print("\n");
	(n, nil) := sys->tokenize(line, ":");
	sys->print("tokenize of same line gives %d\n", n);
	e := split("", ':');
	sys->print("split of empty: %d field(s)\n", len e);
}
