implement Strutil;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Strutil: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	if(str == nil){
		sys->fprint(sys->fildes(2), "strutil: can't load %s: %r\n", String->PATH);
		raise "fail:load";
	}
	s := "  Key=Value; other = thing ;last=1  ";
	(a, b) := str->splitl(s, "=");
	sys->print("splitl: %q | %q\n", a, b);
	(a, b) = str->splitr(s, "=");
	sys->print("splitr: %q | %q\n", a, b);
	(a, b) = str->splitstrl(s, "; ");
	sys->print("splitstrl: %q | %q\n", a, b);
	sys->print("upper: %s\n", str->toupper(s));
	sys->print("lower: %s\n", str->tolower(s));
	sys->print("drop spaces: %q\n", str->drop(s, " "));
	sys->print("take spaces: %q\n", str->take(s, " "));
	sys->print("prefix: %d %d\n", str->prefix("  Key", s), str->prefix("Key", s));
	(n, rest) := str->toint("  -1234xyz", 10);
	sys->print("toint: %d rest %q\n", n, rest);
	(n, rest) = str->toint("ff zz", 16);
	sys->print("toint hex: %d rest %q\n", n, rest);
	l := str->unquoted("one 'two three' four''s five");
	sys->print("unquoted: %d words\n", len l);
	for(; l != nil; l = tl l)
		sys->print("\t<%s>\n", hd l);
	q := str->quoted("a" :: "b c" :: "it's" :: nil);
	sys->print("quoted: %s\n", q);
	sys->print("in: %d %d\n", str->in('x', "a-z"), str->in('X', "a-z"));
	(nil, fields) := sys->tokenize(s, ";");
	for(; fields != nil; fields = tl fields){
		(k, v) := str->splitl(hd fields, "=");
		k = str->drop(k, " ");
		(k, nil) = str->splitl(k, " ");
		if(v != nil)
			v = str->drop(v[1:], " ");
		(v, nil) = str->splitl(v, " ");
		sys->print("kv %q -> %q\n", k, v);
	}
	r := str->append("x", "a" :: "b" :: nil);
	sys->print("append: %d, last %s\n", len r, hd r);
}
