implement StrOps;

include "sys.m";
	sys: Sys;
include "draw.m";

StrOps: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := "foo";
	b := "bar";
	c := a + b;
	sys->print("%s %d\n", c, len c);
	c += "!";
	sys->print("%s %d\n", c, len c);
	n: string;
	sys->print("nil+x %q x+nil %q nil+nil %q len %d\n", n + "x", "x" + n, n + n, len (n + n));
	sys->print("nil==nil %d nil==\"\" %d nil!=\"a\" %d\n", n == nil, n == "", n != "a");
	e := "";
	sys->print("\"\"==nil %d len %d\n", e == nil, len e);
	u := "日本" + "語";
	sys->print("%s %d %c\n", u, len u, u[2]);
	s := "";
	for(i := 0; i < 5; i++)
		s += string i;
	sys->print("built %s\n", s);
	s = nil;
	for(i = 0; i < 3; i++)
		s[len s] = 'a' + i;
	sys->print("built2 %s\n", s);
	t := "x";
	t += t;
	t += t;
	t = t + t + t;
	sys->print("dup %s %d\n", t, len t);
	words := array[] of {"pear", "Apple", "apple", "", "äpfel", "apples", "app", "Zebra", "zebra"};
	for(i = 0; i < len words; i++){
		for(j := i + 1; j < len words; j++)
			if(words[j] < words[i]){
				tmp := words[i];
				words[i] = words[j];
				words[j] = tmp;
			}
	}
	for(i = 0; i < len words; i++)
		sys->print("[%s]", words[i]);
	sys->print("\n");
	sys->print("cmp %d %d %d %d\n", "abc" < "abd", "abc" < "ab", "b" > "abc", "" < "a");
	sys->print("cmp2 %d %d\n", "\u00ff" < "\u0100", "z" < "\u00e9");
	sys->print("cmp3 %d %d %d\n", "a\u0000" > "a", "A" < "a", "Z" < "a");
	x := "hello";
	y := x[0:2] + x[3:];
	sys->print("splice %s\n", y);
	sys->print("sprint %s\n", sys->sprint("%d-%s-%c", 5, "z", 'q'));
	r := "";
	r[0] = 'q';
	sys->print("empty assign %q %d\n", r, len r);
	q := x;
	q += "";
	sys->print("same %d\n", q == x);
	sys->print("len const %d %d\n", len "", len "\u4e16\u754c");
	m := "a" + string 1 + string 2.5 + string big 3 + string byte 52;
	sys->print("mix %s\n", m);
	esc := "tab\tnl\\ q\" \u00e9";
	sys->print("%s|%d\n", esc, len esc);
	ch := 'é';
	sys->print("char lit %d %c\n", ch, ch);
}
