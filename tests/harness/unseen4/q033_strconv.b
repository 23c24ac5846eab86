implement StrConv;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StrConv: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	nums := array[] of {("1234", 10), ("-77xyz", 10), ("ff", 16), ("FFz", 16), ("777", 8), ("1011", 2), ("zz", 36), ("", 10), ("  42", 10)};
	for(i := 0; i < len nums; i++){
		(s, base) := nums[i];
		(v, rest) := str->toint(s, base);
		sys->print("toint(%q, %d) = %d rest %q\n", s, base, v, rest);
	}
	(bv, brest) := str->tobig("123456789012345 tail", 10);
	sys->print("tobig = %bd rest %q\n", bv, brest);
	(rv, rrest) := str->toreal("3.25e2xyz", 10);
	sys->print("toreal = %g rest %q\n", rv, rrest);
	words := "Hello, Inferno World ÀÉÎ";
	sys->print("lower: %s\n", str->tolower(words));
	sys->print("upper: %s\n", str->toupper(words));
	args := "echo" :: "hello world" :: "it's" :: "" :: "plain" :: nil;
	q := str->quoted(args);
	sys->print("quoted: %s\n", q);
	back := str->unquoted(q);
	n := 0;
	for(l := back; l != nil; l = tl l)
		sys->print("  unquoted[%d] = <%s>\n", n++, hd l);
	sys->print("quotedc: %s\n", str->quotedc("a b" :: "c,d" :: nil, ","));
	l2 := str->append("last", "first" :: "second" :: nil);
	for(; l2 != nil; l2 = tl l2)
		sys->print("append -> %s\n", hd l2);
}
