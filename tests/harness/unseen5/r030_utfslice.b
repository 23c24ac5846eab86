implement Utfslice;

include "sys.m";
	sys: Sys;
include "draw.m";

Utfslice: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# truncate to at most n bytes without splitting a character
truncbytes(s: string, n: int): string
{
	b := array of byte s;
	if(len b <= n)
		return s;
	k := sys->utfbytes(b, n);
	return string b[0:k];
}

# byte offset of rune index i
byteoff(s: string, i: int): int
{
	return len array of byte s[0:i];
}

reverse(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

hexbytes(s: string): string
{
	b := array of byte s;
	r := "";
	for(i := 0; i < len b; i++)
		r += sys->sprint("%.2x", int b[i]);
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"naïve", "Ελλάδα", "日本語テキスト", "smörgåsbord", "a€b", "🙂ok"};
	for(i := 0; i < len words; i++){
		w := words[i];
		sys->print("%s: runes=%d bytes=%d first=%c last=%c rev=%s\n",
			w, len w, len array of byte w, w[0], w[len w-1], reverse(w));
	}
	s := "Größe 日本 ok";
	sys->print("slice [2:5]=%s [6:8]=%s [9:]=%s\n", s[2:5], s[6:8], s[9:]);
	sys->print("byte offsets: %d %d %d\n", byteoff(s, 3), byteoff(s, 7), byteoff(s, len s));
	for(n := 1; n <= 12; n += 2)
		sys->print("trunc %2d: [%s]\n", n, truncbytes(s, n));
	# broken utf-8 bytes become the error rune
	bad := array[] of {byte 'a', byte 16rC3, byte 'b', byte 16rE6, byte 16r97, byte 'c', byte 16rFF};
	t := string bad;
	sys->print("bad: len=%d", len t);
	for(i = 0; i < len t; i++)
		sys->print(" %x", t[i]);
	sys->print("\n");
	sys->print("hex of %s: %s\n", "é€", hexbytes("é€"));
	# replacing a char with a wider one
	u := "abc";
	u[1] = 'ß';
	u[2] = '語';
	sys->print("u=%s len=%d bytes=%d\n", u, len u, len array of byte u);
	u[len u] = '!';
	sys->print("u=%s\n", u);
	# utfbytes on partial sequences
	e := array of byte "x日";
	for(k := 0; k <= len e; k++)
		sys->print("utfbytes(%d)=%d ", k, sys->utfbytes(e, k));
	sys->print("\n");
}
