implement P18;

include "sys.m";
	sys: Sys;
include "draw.m";

P18: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d %d %d %d\n", int "0x10", int " 12", int "\t-7z", int "");
	sys->print("%s %s %s\n", string real "1e400", string real "-", string real "abc");
	sys->print("%s %s %s %s\n", string 100000000.0, string 123456.0, string 1e21, string 0.000123);
	sys->print("%s %s\n", string -1.5e-7, string 255.0);
	b := big -7;
	sys->print("%bd %bd %bd %bd\n", b / big 2, b % big 2, b >> 1, -b << 3);
	sys->print("%d %d\n", int big 16r1FFFFFFFF, int (big 1 << 32));
	sys->print("%d %d %d\n", int byte -1, int byte 256, int byte -129);
	sys->print("%d %g %g\n", 2 ** -1, 2.0 ** -2, (-2.0) ** 3);
	sys->print("%bd %d\n", big 3 ** 40, (-3) ** 3);
	one := 1;
	sh := 33;
	sys->print("%d %d\n", one << sh, 1 << 33);
	sys->print("%d\n", -1 >> 40);
	r := 7.9;
	sys->print("%d %d %bd\n", int r, int -r, big -r);
	sys->print("%g %g\n", real 16r7fffffff, real big -1);
	sys->print("%d\n", int 2147483647.4);
	s := "x";
	s[len s] = 16r263A;
	s[len s] = 'y';
	sys->print("%s %d %d\n", s, len s, s[1]);
	u := "αβγδ";
	sys->print("%s %s %d\n", u[1:3], u[3:], len u);
	sys->print("%d %d %d\n", "α" > "z", "abc" < "abcd", "B" < "a");
	v := "abc";
	w := v;
	w[0] = 'X';
	sys->print("%s %s\n", v, w);
	sys->print("%s\n", string array of byte "round-trip");
	c := 'a';
	sys->print("%c%c %d\n", c, c + 1, 'z' - 'a');
	sys->print("%s\n", "tab\there" + "\\n");
	sys->print("%d %d\n", len "\u00e9", len "\\");
}
