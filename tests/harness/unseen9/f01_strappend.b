implement StrAppend;

include "sys.m";
	sys: Sys;
include "draw.m";

StrAppend: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "";
	for(i := 0; i < 5; i++)
		s[len s] = 'a' + i;
	sys->print("built: %s len=%d\n", s, len s);
	s[0] = 'Z';
	sys->print("after overwrite: %s\n", s);
	# append a non-ASCII rune
	s[len s] = 16r00e9;
	sys->print("with e-acute: %s len=%d bytes=%d\n", s, len s, len array of byte s);
	# overwrite an ASCII char with a wide rune
	s[1] = 16r4e2d;
	sys->print("wide in middle: len=%d bytes=%d c1=%x\n", len s, len array of byte s, s[1]);
	t := s;
	t[len t] = '!';
	sys->print("s=%d t=%d (copy semantics)\n", len s, len t);
	u := "abc";
	v := u;
	v[0] = 'x';
	sys->print("u=%s v=%s\n", u, v);
	# build a string of digits backwards
	n := 9075;
	d := "";
	while(n > 0){
		d[len d] = '0' + n % 10;
		n /= 10;
	}
	sys->print("reversed digits: %s\n", d);
}
