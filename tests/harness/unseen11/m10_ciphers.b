#args: LEMON Attack at dawn! Zebra-crossing 2024
implement Ciphers;

include "sys.m";
	sys: Sys;
include "draw.m";

Ciphers: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

shift(c, k: int): int
{
	k = ((k % 26) + 26) % 26;
	if(c >= 'a' && c <= 'z')
		return 'a' + (c - 'a' + k) % 26;
	if(c >= 'A' && c <= 'Z')
		return 'A' + (c - 'A' + k) % 26;
	return c;
}

caesar(s: string, k: int): string
{
	r := s;	# strings are values: r is a copy we can modify
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
		if((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')){
			k := key[j % len key] - 'A';
			r[len r] = shift(c, dir * k);
			j++;
		}else
			r[len r] = c;
	}
	return r;
}

atbash(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			c = 'z' - (c - 'a');
		else if(c >= 'A' && c <= 'Z')
			c = 'Z' - (c - 'A');
		r[len r] = c;
	}
	return r;
}

freq(s: string): string
{
	counts := array[26] of {* => 0};
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if(c >= 'a' && c <= 'z')
			counts[c - 'a']++;
	}
	r := "";
	for(i = 0; i < 26; i++)
		if(counts[i] > 0)
			r += sys->sprint("%c%d", 'a' + i, counts[i]);
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	argv = tl argv;
	if(argv == nil){
		sys->fprint(sys->fildes(2), "usage: ciphers key words...\n");
		return;
	}
	key := hd argv;
	text := "";
	for(argv = tl argv; argv != nil; argv = tl argv){
		if(text != "")
			text += " ";
		text += hd argv;
	}
	sys->print("key   = %s\ntext  = %s\n", key, text);
	sys->print("freq  = %s\n\n", freq(text));
	for(k := 1; k <= 25; k += 6){
		e := caesar(text, k);
		sys->print("caesar %2d: %-30s back: %s\n", k, e, caesar(e, -k));
	}
	r13 := caesar(text, 13);
	sys->print("rot13    : %s (twice: %s)\n", r13, caesar(r13, 13));
	v := vigenere(text, key, 1);
	sys->print("vigenere : %s\n", v);
	sys->print("decrypted: %s\n", vigenere(v, key, -1));
	sys->print("atbash   : %s\n", atbash(text));
	sys->print("freq(vig): %s\n", freq(v));
	if(caesar(text, 26) == text && atbash(atbash(text)) == text)
		sys->print("identities hold\n");
}
