implement Strlib;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Strlib: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# parse "key: value" headers with the String module
Header: adt {
	name, value:	string;
};

parseheader(line: string): ref Header
{
	(name, rest) := str->splitl(line, ":");
	if(rest == nil)
		return nil;
	value := str->drop(rest[1:], " \t");
	return ref Header(str->tolower(name), value);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	lines := array[] of {"Content-Type: text/plain; charset=utf-8", "X-Count:\t42", "Bogus line", "HOST:example.org"};
	for(i := 0; i < len lines; i++){
		h := parseheader(lines[i]);
		if(h == nil)
			sys->print("no header in %q\n", lines[i]);
		else
			sys->print("%s = %q\n", h.name, h.value);
	}
	(a, b) := str->splitr("/usr/inferno/lib/file.tar.gz", "/");
	sys->print("splitr: %q %q\n", a, b);
	(a, b) = str->splitstrl("key==value==more", "==");
	sys->print("splitstrl: %q %q\n", a, b);
	(a, b) = str->splitstrr("key==value==more", "==");
	sys->print("splitstrr: %q %q\n", a, b);
	sys->print("take: %q drop: %q\n", str->take("12345abc", "0-9"), str->drop("12345abc", "0-9"));
	sys->print("in: %d %d %d\n", str->in('x', "a-z"), str->in('X', "a-z"), str->in('X', "^a-z"));
	sys->print("prefix: %d %d\n", str->prefix("inf", "inferno"), str->prefix("info", "inferno"));
	sys->print("upper: %s lower: %s\n", str->toupper("Grüße, World"), str->tolower("ÀBC Def"));
	nums := array[] of {("123", 10), ("-7f", 16), ("777", 8), ("101z", 2), ("zz", 36), ("  42", 10), ("x", 10)};
	for(i = 0; i < len nums; i++){
		(s, base) := nums[i];
		(v, rem) := str->toint(s, base);
		sys->print("toint(%q, %d) = %d rest %q\n", s, base, v, rem);
	}
	(bv, brem) := str->tobig("123456789012345xyz", 10);
	sys->print("tobig = %bd rest %q\n", bv, brem);
	(rv, rrem) := str->toreal("2.5e3 apples", 10);
	sys->print("toreal = %g rest %q\n", rv, rrem);
	args := str->unquoted("cp 'my file.txt' \"other\" plain 'it''s'");
	for(l := args; l != nil; l = tl l)
		sys->print("arg [%s]\n", hd l);
	sys->print("quoted: %s\n", str->quoted("a b" :: "c" :: "" :: "d'e" :: nil));
	sys->print("append: %d\n", len str->append("z", "x" :: "y" :: nil));
}
