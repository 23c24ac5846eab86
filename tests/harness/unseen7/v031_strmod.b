implement Strmod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Strmod: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	if(str == nil){
		sys->fprint(sys->fildes(2), "strmod: cannot load %s: %r\n", String->PATH);
		raise "fail:load";
	}
	s := "key = value ; more";
	(a, b) := str->splitl(s, "=");
	sys->print("splitl: %q %q\n", a, b);
	(a, b) = str->splitr(s, "=");
	sys->print("splitr: %q %q\n", a, b);
	(a, b) = str->splitstrl(s, " ; ");
	sys->print("splitstrl: %q %q\n", a, b);
	(a, b) = str->splitstrr("a/b/c/d", "/");
	sys->print("splitstrr: %q %q\n", a, b);
	sys->print("drop: %q\n", str->drop("   \tindent", " \t"));
	sys->print("take: %q\n", str->take("12345abc", "0-9"));
	sys->print("in: %d %d %d\n", str->in('x', "a-z"), str->in('X', "a-z"), str->in('-', "^a-z"));
	sys->print("prefix: %d %d\n", str->prefix("/dis/", "/dis/sh.dis"), str->prefix("/dis/", "/appl"));
	sys->print("case: %s %s\n", str->tolower("MiXeD Case 42"), str->toupper("MiXeD Case 42"));
	nums := array[] of {("123", 10), ("-77z", 10), ("ff", 16), ("777", 8), ("zz", 36), ("q", 10)};
	for(i := 0; i < len nums; i++){
		(t, base) := nums[i];
		(v, rest) := str->toint(t, base);
		sys->print("toint(%q, %d) = %d rest %q\n", t, base, v, rest);
	}
	(bv, brest) := str->tobig("9223372036854775807x", 10);
	sys->print("tobig = %bd rest %q\n", bv, brest);
	(rv, rrest) := str->toreal("3.25e2 tail", 10);
	sys->print("toreal = %g rest %q\n", rv, rrest);
	args := "echo" :: "hello world" :: "it's" :: "" :: "plain" :: nil;
	q := str->quoted(args);
	sys->print("quoted: %s\n", q);
	back := str->unquoted(q);
	sys->print("unquoted %d:", len back);
	for(; back != nil; back = tl back)
		sys->print(" [%s]", hd back);
	sys->print("\n");
	l := str->append("z", "x" :: "y" :: nil);
	sys->print("append:");
	for(; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
}
