implement StrSplit;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StrSplit: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	if(str == nil){
		sys->print("load String: %r\n");
		return;
	}
	paths := array[] of {"/usr/local/bin/limbo", "file.tar.gz", "noslash", "/", "dir/"};
	for(i := 0; i < len paths; i++){
		(dir, base) := str->splitr(paths[i], "/");
		(stem, ext) := str->splitl(base, ".");
		sys->print("%-22s dir=%-16q base=%-10q stem=%q ext=%q\n", paths[i], dir, base, stem, ext);
	}
	hdr := "Content-Type: text/plain; charset=utf-8";
	(k, v) := str->splitstrl(hdr, ": ");
	sys->print("key=%s value=%s\n", k, v[2:]);
	(a, b) := str->splitstrr(hdr, "; ");
	sys->print("before last '; ' = %s | after = %s\n", a, b);
	(x, y) := str->splitstrl(hdr, "missing");
	sys->print("not found: %q %q\n", x, y);
	s := "   \t indented text  ";
	sys->print("drop ws: [%s]\n", str->drop(s, " \t"));
	sys->print("take ws: [%s]\n", str->take(s, " \t"));
	num := "12345abc";
	sys->print("take digits: %s rest: %s\n", str->take(num, "0-9"), str->drop(num, "0-9"));
	sys->print("drop not-digits: %s\n", str->drop("abc-42", "^0-9"));
	sys->print("in: %d %d %d\n", str->in('x', "a-z"), str->in('X', "a-z"), str->in('-', "a\\-z"));
	sys->print("prefix: %d %d\n", str->prefix("lim", "limbo"), str->prefix("limbo", "lim"));
}
