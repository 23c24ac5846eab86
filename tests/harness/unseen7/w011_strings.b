implement Strings;

include "sys.m";
	sys: Sys;
include "draw.m";

Strings: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

reverse(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

capitalise(s: string): string
{
	if(s == nil)
		return s;
	c := s[0];
	if(c >= 'a' && c <= 'z')
		s[0] = c - 'a' + 'A';
	return s;
}

index(s, t: string): int
{
	for(i := 0; i + len t <= len s; i++)
		if(s[i:i+len t] == t)
			return i;
	return -1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "the quick brown fox";
	sys->print("len %d\n", len s);
	sys->print("[4:9] %q\n", s[4:9]);
	sys->print("[16:] %q\n", s[16:]);
	sys->print("[:3] %q\n", s[:3]);
	sys->print("empty slice %q len %d\n", s[5:5], len s[5:5]);
	sys->print("reverse %s\n", reverse(s));
	sys->print("cap %s\n", capitalise(s[10:]));
	sys->print("index fox %d, cat %d\n", index(s, "fox"), index(s, "cat"));
	t := s[0:9] + " red" + s[9:];
	sys->print("concat %s\n", t);
	u := "é€x";
	sys->print("unicode len %d chars %d %d %d\n", len u, u[0], u[1], u[2]);
	sys->print("cmp %d %d %d %d\n", "abc" < "abd", "abc" < "ab", "Zeta" < "alpha", "same" == "sa" + "me");
	sys->print("ge %d le %d nil==\"\" %d\n", "b" >= "abc", "" <= "a", "" == nil);
	x := "aaa";
	x[1] = 'b';
	x[len x] = '!';
	sys->print("mutate %s\n", x);
	words := 0;
	inword := 0;
	for(i := 0; i < len s; i++){
		if(s[i] == ' ')
			inword = 0;
		else if(!inword){
			inword = 1;
			words++;
		}
	}
	sys->print("words %d\n", words);
}
