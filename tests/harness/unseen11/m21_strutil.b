#args: racecar Level Hello A_man,_a_plan,_a_canal:_Panama! Step_on_no_pets 12321
implement StrUtil;

include "sys.m";
	sys: Sys;
include "draw.m";

StrUtil: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

reverse(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

tolower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

alnum(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c > 16r7f)
			r[len r] = c;
	}
	return r;
}

index(s, sub: string): int
{
	for(i := 0; i + len sub <= len s; i++)
		if(s[i:i+len sub] == sub)
			return i;
	return -1;
}

replace(s, old, new: string): (string, int)
{
	if(old == "")
		return (s, 0);
	r := "";
	n := 0;
	for(;;){
		i := index(s, old);
		if(i < 0)
			break;
		r += s[0:i] + new;
		s = s[i+len old:];
		n++;
	}
	return (r + s, n);
}

join(l: list of string, sep: string): string
{
	s := "";
	for(; l != nil; l = tl l){
		s += hd l;
		if(tl l != nil)
			s += sep;
	}
	return s;
}

repeat(s: string, n: int): string
{
	r := "";
	while(n-- > 0)
		r += s;
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	words: list of string;
	for(argv = tl argv; argv != nil; argv = tl argv){
		w := hd argv;
		(w, nil) = replace(w, "_", " ");
		clean := alnum(tolower(w));
		pal := clean == reverse(clean) && clean != "";
		sys->print("%-32q rev=%-32q palindrome=%d\n", w, reverse(w), pal);
		words = w :: words;
	}
	all := join(words, " | ");
	sys->print("joined: %s\n", all);

	s := "the cat sat on the mat with the hat";
	(r, n) := replace(s, "the", "a");
	sys->print("replace: %d times -> %s\n", n, r);
	(r, n) = replace(s, "at", "\u00e6t");
	sys->print("replace: %d times -> %s (len %d -> %d)\n", n, r, len s, len r);
	sys->print("index of 'sat'=%d, 'dog'=%d, ''=%d\n", index(s, "sat"), index(s, "dog"), index(s, ""));

	# string comparison is by code point
	pairs := array[] of {("apple", "banana"), ("Zebra", "apple"), ("abc", "abcd"),
		("", "a"), ("\u00e9", "z"), ("same", "same")};
	for(i := 0; i < len pairs; i++){
		(a, b) := pairs[i];
		rel := "==";
		if(a < b)
			rel = "<";
		else if(a > b)
			rel = ">";
		sys->print("%q %s %q\n", a, rel, b);
	}

	sys->print("%s\n", repeat("=-", 20));
	sys->print("[%10.3s] [%-10.5s] [%.0s] [%5s]\n", "abcdefgh", "abcdefgh", "gone", "toolongvalue");
	t := "slicing";
	sys->print("%s %s %s %s %c\n", t[0:3], t[3:], t[2:2] + "<empty>", t[len t - 3:], t[len t - 1]);
}
