implement Chars;

include "sys.m";
	sys: Sys;
include "draw.m";

Chars: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cs := array[] of {'a', 'Z', '0', ' ', '\n', '\t', '\\', '\'', '"', '\0', '\r', '\b', '\a', '\v', '\f', '\u00e9', '\u4e16', '\uffff', 'é'};
	for(i := 0; i < len cs; i++)
		sys->print("%d ", cs[i]);
	sys->print("\n");
	s := "\a\b\f\n\r\t\v\\\"\'\0x\u0041\u00e9";
	sys->print("len %d:", len s);
	for(i = 0; i < len s; i++)
		sys->print(" %d", s[i]);
	sys->print("\n");
	sys->print("arith %c %c %d\n", 'a' + 1, 'z' - 25, 'b' - 'a');
	sys->print("cmp %d %d\n", 'a' < 'b', 'é' > 'z');
	c := 'x';
	c++;
	sys->print("inc %c\n", c);
	t := "";
	for(c = 'a'; c <= 'e'; c++)
		t[len t] = c;
	sys->print("built %s\n", t);
	u := "";
	u[0] = 16r10ffff;
	sys->print("max rune len %d bytes %d\n", len u, len array of byte u);
	u[0] = 16r80;
	sys->print("u+80 bytes %d\n", len array of byte u);
	u[0] = 16r800;
	sys->print("u+800 bytes %d\n", len array of byte u);
	u[0] = 16r10000;
	sys->print("u+10000 bytes %d\n", len array of byte u);
	sys->print("%%c %c%c%c|\n", 'h', 16r4e16, 'i');
	sys->print("upper:");
	w := "Hello, Wörld";
	for(i = 0; i < len w; i++){
		ch := w[i];
		if(ch >= 'a' && ch <= 'z')
			ch += 'A' - 'a';
		sys->print("%c", ch);
	}
	sys->print("\n");
	sys->print("digits %d\n", int "0" + ('7' - '0'));
	n := 0;
	for(p := "12345"; len p > 0; p = p[1:])
		n = n * 10 + p[0] - '0';
	sys->print("atoi %d\n", n);
}
