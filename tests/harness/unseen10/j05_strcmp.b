#args: zeta Alpha alpha alphabet
implement StrCmp;

include "sys.m";
	sys: Sys;
include "draw.m";

StrCmp: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

rel(a, b: string): string
{
	if(a < b)
		return "<";
	if(a > b)
		return ">";
	if(a == b)
		return "==";
	return "??";
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== string comparison ==\n");
	pairs := array[] of {
		("abc", "abd"),
		("abc", "abc"),
		("abc", "ab"),
		("", "a"),
		("", ""),
		("Z", "a"),
		("a", "B"),
		("10", "9"),
		("\u00e9", "z"),
		("\u4e16", "\u00ff"),
		("abc\u0100", "abcz"),
	};
	for(i := 0; i < len pairs; i++){
		(a, b) := pairs[i];
		sys->print("%d: \"%s\" %s \"%s\"  (<= %d, >= %d, != %d)\n", i, a, rel(a, b), b,
			a <= b, a >= b, a != b);
	}
	sys->print("== concatenation ==\n");
	s := "";
	for(i = 0; i < 5; i++)
		s += string i;
	sys->print("loop += : %s len %d\n", s, len s);
	t := "head" + "-" + "tail";
	sys->print("chain: %s\n", t);
	u := t + "";
	sys->print("plus empty equal: %d\n", u == t);
	w := "x";
	w = w + w;
	w = w + w;
	w = w + w;
	sys->print("doubling: %s len %d\n", w, len w);
	c := "caf";
	c[len c] = 'e';
	sys->print("append by index: %s len %d\n", c, len c);
	c[3] = '\u00e9';
	sys->print("replace with wide: len %d, char %d\n", len c, c[3]);
	c += "\u2603";
	sys->print("wide concat len %d last %x\n", len c, c[len c - 1]);
	sys->print("== string of numbers ==\n");
	sys->print("%s|%s|%s\n", string -42, string big 1234567890123, string 16rff);
	sys->print("string of char list: ");
	for(i = 'a'; i < 'f'; i++){
		one := "";
		one[0] = i;
		sys->print("%s", one);
	}
	sys->print("\n");
	sys->print("== command-line words, adjacent pairs ==\n");
	if(args != nil)
		args = tl args;
	for(; args != nil && tl args != nil; args = tl args)
		sys->print("\"%s\" %s \"%s\"\n", hd args, rel(hd args, hd tl args), hd tl args);
	sys->print("== equality is by value ==\n");
	p := "he";
	q := p + "llo";
	sys->print("\"hello\" == p+\"llo\": %d\n", q == "hello");
}
