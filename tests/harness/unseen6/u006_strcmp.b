implement StrCmp;

include "sys.m";
	sys: Sys;
include "draw.m";

StrCmp: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

sort(a: array of string)
{
	for(i := 1; i < len a; i++){
		s := a[i];
		j := i;
		while(j > 0 && a[j-1] > s){
			a[j] = a[j-1];
			j--;
		}
		a[j] = s;
	}
}

cmp(a, b: string): string
{
	if(a < b)
		return "<";
	if(a > b)
		return ">";
	return "==";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names := array[] of {"zebra", "Ärger", "apple", "école", "Zoo", "ábaco", "日本", "abc", "ab", "", "Ωmega", "z"};
	sort(names);
	for(i := 0; i < len names; i++)
		sys->print("%2d %-8s len=%d bytes=%d first=%d\n", i, names[i], len names[i],
			len array of byte names[i], first(names[i]));
	sys->print("é vs f: %s\n", cmp("é", "f"));
	sys->print("ab vs abc: %s\n", cmp("ab", "abc"));
	sys->print("abc vs ab: %s\n", cmp("abc", "ab"));
	sys->print("Z vs a: %s\n", cmp("Z", "a"));
	sys->print("\\u00ff vs \\u0100: %s\n", cmp("\u00ff", "\u0100"));
	sys->print("\\uffff vs \\u00ff: %s\n", cmp("\uffff", "\u00ff"));
	s := "na";
	s[len s] = 'ï';
	s[len s] = 'v';
	s[len s] = 'e';
	sys->print("built %s len=%d\n", s, len s);
	s[0] = 'N';
	sys->print("changed %s eq=%d\n", s, s == "Naïve");
	t := s[1:3];
	sys->print("slice [%s] rune=%d\n", t, t[1]);
	u := "";
	for(i = 16r3b1; i < 16r3b6; i++)
		u[len u] = i;
	sys->print("greek %s len=%d\n", u, len u);
}

first(s: string): int
{
	if(s == nil)
		return -1;
	return s[0];
}
