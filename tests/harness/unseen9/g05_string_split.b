implement StringSplit;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StringSplit: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

show(op, a, b: string)
{
	sys->print("%-10s -> %q | %q\n", op, a, b);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	if(str == nil){
		sys->print("load String: %r\n");
		return;
	}
	s := "key = value ; other=thing";
	(a, b) := str->splitl(s, "=");
	show("splitl =", a, b);
	(a, b) = str->splitr(s, "=");
	show("splitr =", a, b);
	(a, b) = str->splitl(s, "^a-z");
	show("splitl ^a-z", a, b);
	(a, b) = str->splitl(s, "#");
	show("splitl #", a, b);
	(a, b) = str->splitr(s, "#");
	show("splitr #", a, b);
	(a, b) = str->splitstrl(s, " ; ");
	show("splitstrl", a, b);
	(a, b) = str->splitstrr(s, "e");
	show("splitstrr e", a, b);
	(a, b) = str->splitstrl(s, "zzz");
	show("splitstrl z", a, b);
	(a, b) = str->splitstrr(s, "zzz");
	show("splitstrr z", a, b);

	# walk a path with splitr
	path := "/usr/local/lib/thing.tar.gz";
	(dir, file) := str->splitr(path, "/");
	sys->print("dir=%s file=%s\n", dir, file);
	(stem, ext) := str->splitl(file, ".");
	sys->print("stem=%s ext=%s\n", stem, ext);
	(nil, lastext) := str->splitr(file, ".");
	sys->print("lastext=%s\n", lastext);

	# split repeatedly into fields
	rest := "alpha|beta||gamma|";
	i := 0;
	for(;;){
		(f, r) := str->splitl(rest, "|");
		sys->print("field[%d]=%q\n", i++, f);
		if(r == nil)
			break;
		rest = r[1:];
	}
	# split on multi-char separator
	rest = "one<->two<->three";
	while(rest != nil){
		(f, r) := str->splitstrl(rest, "<->");
		sys->print("part %s\n", f);
		if(r == nil)
			break;
		rest = r[3:];
	}
	sys->print("in: %d %d %d\n", str->in('q', "a-z"), str->in('Q', "a-z"), str->in('Q', "^a-z"));
	sys->print("prefix: %d %d %d\n", str->prefix("ab", "abc"), str->prefix("abc", "ab"), str->prefix("", "x"));
}
