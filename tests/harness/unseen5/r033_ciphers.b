implement Ciphers;

include "sys.m";
	sys: Sys;
include "draw.m";

Ciphers: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

shift(c, k: int): int
{
	if(c >= 'a' && c <= 'z')
		return 'a' + (c - 'a' + k + 26) % 26;
	if(c >= 'A' && c <= 'Z')
		return 'A' + (c - 'A' + k + 26) % 26;
	return c;
}

caesar(s: string, k: int): string
{
	r := s;	# strings are values: changing r does not change s
	for(i := 0; i < len r; i++)
		r[i] = shift(r[i], k);
	return r;
}

vigenere(s, key: string, dir: int): string
{
	r := "";
	j := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'){
			k := key[j % len key] - 'a';
			c = shift(c, dir*k);
			j++;
		}
		r[len r] = c;
	}
	return r;
}

rle(s: string): string
{
	r := "";
	i := 0;
	while(i < len s){
		j := i;
		while(j < len s && s[j] == s[i])
			j++;
		if(j - i > 1)
			r += string (j-i);
		r[len r] = s[i];
		i = j;
	}
	return r;
}

unrle(s: string): string
{
	r := "";
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= '0' && c <= '9'){
			n = n*10 + c - '0';
			continue;
		}
		if(n == 0)
			n = 1;
		for(; n > 0; n--)
			r[len r] = c;
	}
	return r;
}

atbash(s: string): string
{
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			s[i] = 'z' - (c - 'a');
		else if(c >= 'A' && c <= 'Z')
			s[i] = 'Z' - (c - 'A');
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	msg := "Attack at Dawn, near the Brücke!";
	for(k := 1; k <= 25; k += 8){
		e := caesar(msg, k);
		sys->print("caesar %2d: %s | back: %s\n", k, e, caesar(e, -k));
	}
	sys->print("original still: %s\n", msg);
	v := vigenere(msg, "lemon", 1);
	sys->print("vigenere: %s\n", v);
	sys->print("decoded:  %s\n", vigenere(v, "lemon", -1));
	sys->print("atbash: %s / %s\n", atbash(msg), atbash(atbash(msg)));
	samples := array[] of {"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "ééééx", "", "zzzzzzzzzzzz"};
	for(i := 0; i < len samples; i++){
		r := rle(samples[i]);
		sys->print("rle %q -> %q ok=%d\n", samples[i], r, unrle(r) == samples[i]);
	}
	t := "hello";
	u := t;
	u[0] = 'j';
	t[len t] = '!';
	sys->print("%s %s\n", t, u);
}
