implement StrPoke;

include "sys.m";
	sys: Sys;
include "draw.m";

StrPoke: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

show(tag: string, s: string)
{
	sys->print("%-10s len=%d [", tag, len s);
	for(i := 0; i < len s; i++) {
		if(i > 0)
			sys->print(" ");
		sys->print("%d", s[i]);
	}
	sys->print("] %q\n", s);
}

# try s[i] = c, report what happens
poke(s: string, i: int, c: int): string
{
	{
		s[i] = c;
		sys->print("poke %q[%d]=%d ok -> %q\n", s, i, c, s);
	} exception e {
	"*" =>
		sys->print("poke [%d]=%d failed: %s\n", i, c, e);
	}
	return s;
}

peek(s: string, i: int)
{
	{
		c := s[i];
		sys->print("peek %q[%d] = %d\n", s, i, c);
	} exception e {
	"*" =>
		sys->print("peek %q[%d] failed: %s\n", s, i, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := "abc";
	show("start", s);
	t := s;          # strings are values: t must not change
	s[1] = 'X';
	show("s", s);
	show("t", t);

	# append by assigning at len
	s[len s] = 'd';
	s[len s] = 'e';
	show("append", s);

	# widen a Latin-1 string with a big rune in the middle and at the end
	s[2] = 16r263A;
	show("wide", s);
	s[len s] = 16r10000 - 2;
	show("wide2", s);
	s[2] = 'c';
	show("narrow", s);

	# building a string entirely by index from nothing
	b: string;
	for(i := 0; i < 5; i++)
		b[i] = 'a' + i * 2;
	show("built", b);

	# assignment past the end, negative index, read past end
	s = poke(s, len s + 1, 'z');
	s = poke(s, -1, 'z');
	s = poke(s, len s, '!');
	peek(s, len s);
	peek(s, -1);
	peek(s, 0);
	n: string;
	peek(n, 0);
	n = poke(n, 0, 'q');
	n = poke(n, 1, 'r');
	show("n", n);

	# indexing a slice creates a new string
	sl := s[1:4];
	sl[0] = '_';
	show("slice", sl);
	show("orig", s);

	# character arithmetic on the fly
	word := "Limbo";
	up := word;
	for(i = 0; i < len up; i++)
		if(up[i] >= 'a' && up[i] <= 'z')
			up[i] -= 'a' - 'A';
	show("upper", up);
	up[0] += 1;
	up[len up - 1]++;
	show("bumped", up);

	# rune that is not representable is still stored as an int
	r := "";
	r[0] = 16rFFFD;
	r[1] = 0;
	show("odd", r);
	sys->print("odd == \"\\uFFFD\\0\": %d\n", r == "\uFFFD\0");
}
