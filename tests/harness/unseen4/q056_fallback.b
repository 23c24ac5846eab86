implement Fallback;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";

Fallback: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Codec: module
{
	encode:	fn(s: string): string;
};

candidates := array[] of {
	"/dis/lib/q056codec.dis",
	"/tmp/q056/codec.dis",
	"$Codec",
};

loadcodec(): Codec
{
	for(i := 0; i < len candidates; i++){
		sys->werrstr("");
		c := load Codec candidates[i];
		if(c != nil)
			return c;
		sys->print("try %-24s: %r\n", candidates[i]);
	}
	return nil;
}

rot13(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			c = 'a' + (c - 'a' + 13) % 26;
		else if(c >= 'A' && c <= 'Z')
			c = 'A' + (c - 'A' + 13) % 26;
		r[len r] = c;
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := loadcodec();
	if(c == nil)
		sys->print("no codec found, using built-in rot13\n");
	msgs := array[] of {"Hello, Inferno", "rot13 twice is identity", "ABC xyz"};
	for(i := 0; i < len msgs; i++){
		e := rot13(msgs[i]);
		sys->print("%-26s -> %-26s -> %s\n", msgs[i], e, rot13(e));
	}
	# a second interface loaded from a path that exists
	s := load String String->PATH;
	sys->print("String loaded: %d, toupper %s\n", s != nil, s->toupper("ok"));
}
