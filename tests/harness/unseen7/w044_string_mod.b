implement StringMod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StringMod: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	line := "Content-Type: text/plain; charset=utf-8";
	(hdr, rest) := str->splitl(line, ":");
	sys->print("header %q rest %q\n", hdr, rest);
	val := str->drop(rest[1:], " ");
	sys->print("value %q\n", val);
	(mime, params) := str->splitstrl(val, "; ");
	sys->print("mime %q params %q\n", mime, params);
	(a, b) := str->splitr("a/b/c.txt", "/");
	sys->print("dir %q file %q\n", a, b);
	sys->print("upper %s lower %s\n", str->toupper(hdr), str->tolower("MiXeD 123"));
	sys->print("prefix %d %d\n", str->prefix("Content", line), str->prefix("content", line));
	sys->print("take %q in %d %d\n", str->take("12345abc", "0-9"), str->in('q', "a-z"), str->in('Q', "a-z"));
	(n, r) := str->toint("  -317xyz", 10);
	sys->print("toint %d rest %q\n", n, r);
	(h, r2) := str->toint("ff", 16);
	sys->print("hex %d rest %q\n", h, r2);
	(bg, nil) := str->tobig("123456789012", 10);
	sys->print("tobig %bd\n", bg * big 10);
	words := "one" :: "two words" :: "it's" :: "" :: nil;
	q := str->quoted(words);
	sys->print("quoted %s\n", q);
	back := str->unquoted(q);
	for(; back != nil; back = tl back)
		sys->print("  word %q\n", hd back);
	l := str->append("z", "x" :: "y" :: nil);
	sys->print("append len %d last %s\n", len l, hd tl tl l);
}
