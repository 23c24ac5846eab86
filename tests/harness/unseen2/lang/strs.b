# exercises string slicing, indexing, concatenation, assignment into strings, comparisons
implement Strs;
include "sys.m";
include "draw.m";
sys: Sys;
Strs: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "Inferno rocks";
	sys->print("%s|%s|%s\n", s[0:3], s[8:], s[:0]);
	sys->print("%c %d\n", s[4], s[len s - 1]);
	t := s; t[0] = 'i'; sys->print("%s %s\n", s, t);
	t[len t] = '!'; sys->print("%s %d\n", t, len t);
	u := "";
	for(i := 0; i < 5; i++) u += string i;
	sys->print("%s\n", u);
	u[2] = 'λ'; sys->print("%s %d\n", u, len u);
	sys->print("%d %d %d\n", "abc" < "abd", "abc" < "ab", "Z" < "a");
	sys->print("%d %d\n", "x" == "x", "" != "");
	v := "αβγδ"; sys->print("%s %d %c\n", v[1:3], len v, v[3]);
	w := s[2:6] + "-" + v[0:1]; sys->print("%s\n", w);
	c := 'q'; w[len w] = c; sys->print("%s\n", w);
	x := "abc" + ""; x += x; sys->print("%s\n", x);
	n := "";
	sys->print("[%s] %d\n", n, len n);
	y := "hello"; z := y[1:4]; z[0] = 'E'; sys->print("%s %s\n", y, z);
	sys->print("%d\n", "\u00e9" == "é");
	sys->print("%s\n", "tab\there\\n");
}
