#args: 3 Hello, World! Zebra-xylophone
implement Caesar;

include "sys.m";
	sys: Sys;
include "draw.m";

Caesar: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

shift(s: string, k: int): string
{
	k %= 26;
	if(k < 0)
		k += 26;
	r := s;
	for(i := 0; i < len r; i++){
		c := r[i];
		if(c >= 'a' && c <= 'z')
			r[i] = 'a' + (c - 'a' + k) % 26;
		else if(c >= 'A' && c <= 'Z')
			r[i] = 'A' + (c - 'A' + k) % 26;
	}
	return r;
}

rot13(s: string): string
{
	return shift(s, 13);
}

# score how english-like a string is by counting common letters
score(s: string): int
{
	common := "etaoinshr";
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		for(j := 0; j < len common; j++)
			if(c == common[j])
				n += len common - j;
	}
	return n;
}

vigenere(s, key: string, dir: int): string
{
	r := s;
	j := 0;
	for(i := 0; i < len r; i++){
		c := r[i];
		k := (key[j % len key] - 'a') * dir;
		if((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')){
			r[i] = shift(r[i:i+1], k)[0];
			j++;
		}
	}
	return r;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	args = tl args;
	k := int hd args;
	args = tl args;
	msg := "";
	for(; args != nil; args = tl args){
		if(msg != "")
			msg += " ";
		msg += hd args;
	}
	enc := shift(msg, k);
	sys->print("key %d\nplain:  %s\ncipher: %s\n", k, msg, enc);
	sys->print("back:   %s\n", shift(enc, -k));
	sys->print("rot13:  %s\n", rot13(msg));
	sys->print("rot13x2 same: %d\n", rot13(rot13(msg)) == msg);
	sys->print("shift -29: %s\n", shift(msg, -29));
	sys->print("non-ascii untouched: %s\n", shift("Ärger über Öl", 1));

	# brute force a secret
	secret := shift("the rain in spain stays mainly in the plain", 17);
	sys->print("secret: %s\n", secret);
	best := 0;
	bestscore := -1;
	for(t := 0; t < 26; t++){
		sc := score(shift(secret, -t));
		if(sc > bestscore){
			bestscore = sc;
			best = t;
		}
	}
	sys->print("cracked key=%d text=%s\n", best, shift(secret, -best));

	v := vigenere("Attack at dawn!", "lemon", 1);
	sys->print("vigenere: %s\n", v);
	sys->print("devigenere: %s\n", vigenere(v, "lemon", -1));
}
