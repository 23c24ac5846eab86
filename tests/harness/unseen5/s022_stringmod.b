implement StringMod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StringMod: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	if(str == nil){
		sys->print("no String: %r\n");
		return;
	}
	cfg := "  port = 8080 ; host=example.org;  debug = yes ;mode=Fast";
	entries: list of (string, string);
	rest := cfg;
	while(rest != nil){
		item: string;
		(item, rest) = str->splitl(rest, ";");
		if(rest != nil)
			rest = rest[1:];
		item = str->drop(item, " \t");
		(k, v) := str->splitl(item, "=");
		if(v == nil)
			continue;
		k = str->take(k, "a-z");
		v = str->drop(v[1:], " ");
		(v, nil) = str->splitr(v, "^ ");
		entries = (k, v) :: entries;
	}
	for(l := entries; l != nil; l = tl l){
		(k, v) := hd l;
		sys->print("key %-6s value %q\n", k, v);
	}
	(n, tail) := str->toint("8080xyz", 10);
	sys->print("toint: %d tail %q\n", n, tail);
	(h, nil) := str->toint("ff", 16);
	(o, nil) := str->toint("777", 8);
	sys->print("hex ff=%d octal 777=%d\n", h, o);
	(bg, nil) := str->tobig("123456789012345", 10);
	sys->print("tobig: %bd\n", bg * big 3);
	sys->print("upper: %s lower: %s\n", str->toupper("Mixed Case 42"), str->tolower("Mixed Case 42"));
	sys->print("prefix: %d %d\n", str->prefix("foo", "foobar"), str->prefix("bar", "foobar"));
	(a, b) := str->splitstrl("key::value::more", "::");
	sys->print("splitstrl: %q %q\n", a, b);
	(a, b) = str->splitstrr("key::value::more", "::");
	sys->print("splitstrr: %q %q\n", a, b);
	q := str->quoted("plain" :: "with space" :: "it's" :: "" :: nil);
	sys->print("quoted: %s\n", q);
	words := str->unquoted(q);
	for(; words != nil; words = tl words)
		sys->print("  word [%s]\n", hd words);
	sys->print("in: %d %d\n", str->in('x', "a-z"), str->in('X', "a-z"));
}
