implement Utf8;

include "sys.m";
	sys: Sys;
include "draw.m";

Utf8: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Bad: con 16rFFFD;

encode(r: int): array of byte
{
	if(r < 16r80)
		return array[] of {byte r};
	if(r < 16r800)
		return array[] of {byte (16rC0 | (r >> 6)), byte (16r80 | (r & 16r3F))};
	if(r < 16r10000)
		return array[] of {byte (16rE0 | (r >> 12)), byte (16r80 | ((r >> 6) & 16r3F)), byte (16r80 | (r & 16r3F))};
	return array[] of {byte (16rF0 | (r >> 18)), byte (16r80 | ((r >> 12) & 16r3F)),
		byte (16r80 | ((r >> 6) & 16r3F)), byte (16r80 | (r & 16r3F))};
}

# decode one rune at b[i]; returns (rune, bytes consumed); malformed -> (Bad, 1)
decode1(b: array of byte, i: int): (int, int)
{
	c := int b[i];
	n := 0;
	r := 0;
	if(c < 16r80)
		return (c, 1);
	else if((c & 16rE0) == 16rC0){
		n = 2;
		r = c & 16r1F;
	}else if((c & 16rF0) == 16rE0){
		n = 3;
		r = c & 16r0F;
	}else if((c & 16rF8) == 16rF0){
		n = 4;
		r = c & 16r07;
	}else
		return (Bad, 1);
	if(i + n > len b)
		return (Bad, 1);
	for(k := 1; k < n; k++){
		cc := int b[i+k];
		if((cc & 16rC0) != 16r80)
			return (Bad, 1);
		r = (r << 6) | (cc & 16r3F);
	}
	mins := array[] of {0, 0, 16r80, 16r800, 16r10000};
	if(r < mins[n])
		return (Bad, 1);	# overlong
	return (r, n);
}

decode(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; ){
		(r, n) := decode1(b, i);
		s[len s] = r;
		i += n;
	}
	return s;
}

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++){
		if(i > 0)
			s += " ";
		s += sys->sprint("%.2X", int b[i]);
	}
	return s;
}

reverse(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	runes := array[] of {'A', 16rE9, 16r3BB, 16r20AC, 16r4E16, 16rFFFD};
	for(i := 0; i < len runes; i++){
		e := encode(runes[i]);
		sys_e := array of byte sys->sprint("%c", runes[i]);
		same := hex(e) == hex(sys_e);
		(r, n) := decode1(e, 0);
		sys->print("U+%.4X %-12s len %d match %d back U+%.4X/%d\n", runes[i], hex(e), len e, same, r, n);
	}
	words := array[] of {"naïve", "日本語", "Ωmega", "plain"};
	for(i = 0; i < len words; i++){
		w := words[i];
		b := array of byte w;
		sys->print("%-8s runes=%d bytes=%d rev=%s utflen=%d\n", w, len w, len b, reverse(w), sys->utfbytes(b, len b));
	}
	mal := array[] of {
		array[] of {byte 'o', byte 'k', byte 16rC3, byte 16rA9},
		array[] of {byte 16rC3},
		array[] of {byte 16rC0, byte 16rAF},
		array[] of {byte 16rE2, byte 16r82, byte 'x'},
		array[] of {byte 16rFF, byte 'a'},
	};
	for(i = 0; i < len mal; i++){
		d := decode(mal[i]);
		s := "";
		for(k := 0; k < len d; k++)
			s += sys->sprint("U+%.4X ", d[k]);
		sys->print("[%s] -> %s| sys: %d runes\n", hex(mal[i]), s, len string mal[i]);
	}
	# byte arithmetic wraps
	x := byte 250;
	x += byte 10;
	y := byte 3;
	y -= byte 5;
	sys->print("byte wrap: %d %d, ~byte 0 = %d\n", int x, int y, int ~byte 0);
	# string comparison is by code point
	sys->print("cmp: %d %d %d\n", "é" > "z", "Z" < "a", "abc" < "abd");
}
