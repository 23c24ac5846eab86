# exercises string building edge cases: appending runes beyond end, large runes, string of array slices, nested slices
implement Strconv2;
include "sys.m";
include "draw.m";
sys: Sys;
Strconv2: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s: string;
	s[0] = 'a';
	s[1] = 16r1f600;
	s[2] = 'b';
	sys->print("%s %d %d\n", s, len s, len array of byte s);
	t := s[1:][1:];
	sys->print("%s\n", t);
	u := "x" + s[0:0] + "y";
	sys->print("%s %d\n", u, len u);
	a := array of byte "hello, world";
	sys->print("%s|%s\n", string a[7:], string a[0:0]);
	bad := array[] of {byte 'o', byte 16rff, byte 'k', byte 16rc3};
	bs := string bad;
	sys->print("%d", len bs);
	for(i := 0; i < len bs; i++) sys->print(" %ux", bs[i]);
	sys->print("\n");
	n := "";
	for(i = 0; i < 300; i++) n[len n] = 'a' + i % 26;
	sys->print("%d %s\n", len n, n[290:]);
	m := n[0:3] + n[0:3];
	m[0] = 'Z';
	sys->print("%s %s\n", m, n[0:3]);
	sys->print("%d %d\n", "abc" + "d" == "abcd", "é" > "z");
}
