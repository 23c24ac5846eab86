implement Utf8Strings;

include "sys.m";
	sys: Sys;
include "draw.m";

Utf8Strings: module
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

upper(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] += 'A' - 'a';
	return s;
}

hexbytes(b: array of byte): string
{
	r := "";
	for(i := 0; i < len b; i++){
		if(i > 0)
			r += " ";
		r += sys->sprint("%.2x", int b[i]);
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"hello", "naïve", "Grüße", "日本語", "αβγ", "€5", ""};
	for(i := 0; i < len words; i++){
		w := words[i];
		b := array of byte w;
		sys->print("%-8s runes=%d bytes=%d rev=%s up=%s\n", w, len w, len b, reverse(w), upper(w));
		if(len b > 0)
			sys->print("  hex: %s\n", hexbytes(b));
	}
	s := "abc";
	s[len s] = 'é';
	s[len s] = 16r263A;
	sys->print("%s len %d, last rune %d (%x)\n", s, len s, s[len s - 1], s[len s - 1]);
	b := array of byte s;
	t := string b[0:4];
	sys->print("prefix 4 bytes: %s (%d runes)\n", t, len t);
	# conversion of a byte slice that ends inside a UTF-8 sequence
	u := string b[0:6];
	sys->print("partial: len %d last %x\n", len u, u[len u - 1]);
	# comparison
	pairs := array[] of {("apple", "apples"), ("Zoo", "apple"), ("é", "z"), ("abc", "abc")};
	for(i = 0; i < len pairs; i++){
		(a, c) := pairs[i];
		r := "==";
		if(a < c)
			r = "<";
		else if(a > c)
			r = ">";
		sys->print("%s %s %s\n", a, r, c);
	}
	sl := "programming";
	sys->print("%s %s %s\n", sl[0:3], sl[3:7], sl[7:]);
	sys->fprint(sys->fildes(2), "count of g: %d\n", count(sl, 'g'));
}

count(s: string, c: int): int
{
	n := 0;
	for(i := 0; i < len s; i++)
		if(s[i] == c)
			n++;
	return n;
}
