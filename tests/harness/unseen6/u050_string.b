implement StrLib;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StrLib: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	header := "Content-Type: text/plain; charset=utf-8";
	(name, value) := str->splitl(header, ":");
	sys->print("name [%s] value [%s]\n", name, value);
	value = str->drop(value, ": ");
	sys->print("dropped [%s]\n", value);
	(mime, params) := str->splitstrl(value, "; ");
	sys->print("mime [%s] params [%s]\n", mime, params);
	(a, b) := str->splitr("/usr/local/bin/limbo", "/");
	sys->print("splitr dir [%s] base [%s]\n", a, b);
	(a, b) = str->splitl("nocolon", ":");
	sys->print("splitl no match [%s] [%s] bnil=%d\n", a, b, b == nil);
	sys->print("take digits: [%s]\n", str->take("2024abc", "0-9"));
	sys->print("drop letters: [%s]\n", str->drop("abcXYZ123", "a-zA-Z"));
	sys->print("in: %d %d %d\n", str->in('q', "a-z"), str->in('Q', "a-z"), str->in('Q', "^a-z"));
	sys->print("prefix: %d %d\n", str->prefix("inf", "inferno"), str->prefix("inferno", "inf"));
	sys->print("upper [%s] lower [%s]\n", str->toupper("MiXeD ünï 123"), str->tolower("MiXeD ÜNÏ 123"));
	nums := array[] of {("123", 10), ("-42xyz", 10), ("ff", 16), ("777", 8), ("zz", 36), ("", 10), ("12", 2)};
	for(i := 0; i < len nums; i++){
		(s, base) := nums[i];
		(n, rest) := str->toint(s, base);
		sys->print("toint(%s, %d) = %d rest [%s]\n", s, base, n, rest);
	}
	(bn, brest) := str->tobig("123456789012345 tail", 10);
	sys->print("tobig = %bd rest [%s]\n", bn, brest);
	(r, rrest) := str->toreal("3.25e2x", 10);
	sys->print("toreal = %g rest [%s]\n", r, rrest);
	q := str->quoted("simple" :: "with space" :: "it's" :: "" :: nil);
	sys->print("quoted: %s\n", q);
	l := str->unquoted(q);
	sys->print("unquoted back %d items:", len l);
	for(; l != nil; l = tl l)
		sys->print(" <%s>", hd l);
	sys->print("\n");
	apl := str->append("c", "a" :: "b" :: nil);
	sys->print("append: %d last=%s\n", len apl, hd tl tl apl);
}
