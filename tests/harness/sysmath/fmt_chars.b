implement FmtChars;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtChars: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cs := array[] of {'a', 'Z', ' ', 16r7f, 16r80, 16ra0, 16re9, 16r3b1, 16r263a, 16rfffd, 16rffff, 16r10000,
		16r1f600, 16r10ffff, 9, 10};
	for(i := 0; i < len cs; i++){
		c := cs[i];
		s := sys->sprint("%c", c);
		b := array of byte s;
		sys->print("%x: len %d bytes %d [%3c] [%-3c] ", c, len s, len b, c, c);
		for(j := 0; j < len b; j++)
			sys->print(" %.2x", int b[j]);
		sys->print(" first %x\n", s[0]);
	}
	c := 'é';
	sys->print("%c%c%c|%s|%5s|%-5s|%.1s|\n", c, 'x', c, "é", "éé", "éé", "éé");
}
