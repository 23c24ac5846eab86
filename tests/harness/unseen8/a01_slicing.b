implement Slicing;

include "sys.m";
	sys: Sys;
include "draw.m";

Slicing: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

show(label: string, s: string)
{
	sys->print("%-12s [%s] len=%d\n", label, s, len s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "The quick brown fox";
	show("whole", s);
	show("s[0:3]", s[0:3]);
	show("s[4:]", s[4:]);
	show("s[:9]", s[:9]);
	show("s[10:15]", s[10:15]);
	show("empty", s[5:5]);
	show("tail", s[len s - 3:]);

	# character access returns an int
	for(i := 0; i < 5; i++)
		sys->print("s[%d]=%d '%c'\n", i, s[i], s[i]);

	# assigning to an index modifies the string
	t := s;
	t[0] = 't';
	t[4] = 'Q';
	show("modified", t);
	show("original", s);

	# appending by assigning at len
	u := "abc";
	u[len u] = 'd';
	u[len u] = 'e';
	show("appended", u);

	# build a string by appending characters
	v := "";
	for(c := 'a'; c <= 'z'; c += 3)
		v[len v] = c;
	show("stride3", v);

	# reverse
	r := "";
	for(i = len s - 1; i >= 0; i--)
		r[len r] = s[i];
	show("reversed", r);

	# find a substring by brute force
	pat := "brown";
	pos := -1;
	for(i = 0; i + len pat <= len s; i++)
		if(s[i:i+len pat] == pat){
			pos = i;
			break;
		}
	sys->print("found %q at %d\n", pat, pos);

	# comparisons
	a := "apple";
	b := "apricot";
	sys->print("%s < %s : %d\n", a, b, a < b);
	sys->print("%s > %s : %d\n", a, b, a > b);
	sys->print("%s == %s : %d\n", a, a[0:5], a == a[0:5]);
	sys->print("\"\" < \"a\" : %d\n", "" < "a");
	sys->print("\"Z\" < \"a\" : %d\n", "Z" < "a");
	sys->print("concat: %s\n", a + "-" + b + "!");
}
