implement R02;
include "sys.m";
	sys: Sys;
include "draw.m";
R02: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "Hello, Wörld — ☺!";
	sys->print("len %d bytes %d\n", len s, len array of byte s);
	for(i := 0; i < len s; i++)
		if(s[i] > 127)
			sys->print("rune %d at %d: %c\n", s[i], i, s[i]);
	sys->print("slice [%s] [%s] [%s]\n", s[0:5], s[7:], s[7:12]);
	t := s;
	t[0] = 'J';
	sys->print("%s / %s\n", s, t);
	u := "";
	u[0] = 'a';
	u[1] = 'β';
	u[len u] = 'c';
	sys->print("built %s len %d\n", u, len u);
	sys->print("cmp %d %d %d %d\n", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a");
	sys->print("eq %d %d\n", "x" == "x", "x" != "x");
	r := "";
	for(i = len s - 1; i >= 0; i--)
		r[len r] = s[i];
	sys->print("rev %s\n", r);
	b := array of byte "añb";
	for(i = 0; i < len b; i++)
		sys->print("%02x ", int b[i]);
	sys->print("\n");
	back := string b[0:2];
	sys->print("partial [%s] len %d\n", back, len back);
	sys->print("int %d %d %d %d\n", int "42", int "-17xyz", int "  8", int "abc");
	sys->print("big %bd real %g\n", big "123456789012345", real "3.25e2");
	sys->print("str %s %s %s\n", string 12, string -5, string 2.5);
	e := "";
	sys->print("empty len %d [%s]\n", len e, e[0:0]);
	sys->print("concat %s\n", "a" + "" + "b" + string 'c');
	x := "abc";
	x += x;
	x += x;
	sys->print("%s %d\n", x, len x);
	sys->print("char as string: %s\n", "" + "é"[0:1]);
	sys->print("%d\n", 'é');
}
