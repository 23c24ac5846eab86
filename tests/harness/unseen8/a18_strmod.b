implement StrMod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StrMod: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	if(str == nil){
		sys->print("cannot load String: %r\n");
		return;
	}
	s := "key = value # comment";
	(a, b) := str->splitl(s, "=");
	sys->print("splitl: %q | %q\n", a, b);
	(a, b) = str->splitr(s, "=");
	sys->print("splitr: %q | %q\n", a, b);
	(a, b) = str->splitl(s, "@");
	sys->print("splitl none: %q | %q\n", a, b);
	(a, b) = str->splitr(s, "@");
	sys->print("splitr none: %q | %q\n", a, b);
	(a, b) = str->splitl("path/to/file.txt", "/.");
	sys->print("splitl set: %q | %q\n", a, b);
	(a, b) = str->splitr("path/to/file.txt", "/");
	sys->print("basename: %q dir: %q\n", b, a);

	sys->print("drop: %q\n", str->drop("   \t  indented", " \t"));
	sys->print("take: %q\n", str->take("12345abc678", "0-9"));
	sys->print("take hex: %q\n", str->take("deadBEEFzz", "0-9a-fA-F"));
	sys->print("drop letters: %q\n", str->drop("abcXYZ123", "a-zA-Z"));
	sys->print("take negated: %q\n", str->take("hello world", "^ "));

	for(c := 'a'; c <= 'f'; c++)
		sys->print("in(%c, \"a-c\")=%d in(%c, \"^a-c\")=%d\n", c, str->in(c, "a-c"), c, str->in(c, "^a-c"));

	(a, b) = str->splitstrl("one::two::three", "::");
	sys->print("splitstrl: %q | %q\n", a, b);
	(a, b) = str->splitstrr("one::two::three", "::");
	sys->print("splitstrr: %q | %q\n", a, b);
	(a, b) = str->splitstrl("no separator", "::");
	sys->print("splitstrl none: %q | %q\n", a, b);

	sys->print("prefix: %d %d %d\n", str->prefix("lim", "limbo"), str->prefix("limbo", "lim"), str->prefix("", "x"));
	sys->print("tolower: %s\n", str->tolower("MiXeD CaSe 123 ÄÖÜ"));
	sys->print("toupper: %s\n", str->toupper("mixed case 123 äöü"));

	# trim both ends with drop and a reverse
	t := "  padded string  ";
	t = str->drop(t, " ");
	e := len t;
	while(e > 0 && t[e-1] == ' ')
		e--;
	t = t[0:e];
	sys->print("trimmed: [%s]\n", t);

	l := str->append("c", "a" :: "b" :: nil);
	sys->print("append:");
	for(; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
}
