implement P23;
include "sys.m";
	sys: Sys;
include "draw.m";
P23: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%.2x", int b[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "aé€😀z";
	b := array of byte s;
	sys->print("len %d bytes %d hex %s\n", len s, len b, hex(b));
	i := 0;
	while(i < len b){
		(c, n, ok) := sys->byte2char(b, i);
		sys->print("at %d: rune %x len %d ok %d\n", i, c, n, ok);
		i += n;
	}
	buf := array[10] of byte;
	runes := array[] of {'A', 16re9, 16r20ac, 16r10000, 16rffff};
	for(i = 0; i < len runes; i++){
		n := sys->char2byte(runes[i], buf, 0);
		sys->print("char2byte %x -> %d %s\n", runes[i], n, hex(buf[0:n]));
	}
	small := array[1] of byte;
	sys->print("no room %d\n", sys->char2byte(16r20ac, small, 0));
	sys->print("utfbytes %d %d %d\n", sys->utfbytes(b, len b), sys->utfbytes(b, 4), sys->utfbytes(b, 2));
	bad := array[] of {byte 16rff, byte 16rc3, byte 'x', byte 16re2, byte 16r82};
	i = 0;
	while(i < len bad){
		(c, n, ok) := sys->byte2char(bad, i);
		sys->print("bad at %d: %x %d %d\n", i, c, n, ok);
		if(n == 0)
			n = 1;
		i += n;
	}
	str := string bad;
	sys->print("bad string len %d:", len str);
	for(i = 0; i < len str; i++)
		sys->print(" %x", str[i]);
	sys->print("\n");
	sys->print("utf of partial: %d\n", sys->utfbytes(b[0:4], 4));
	r := "";
	r[0] = 16r10348;
	sys->print("astral len %d bytes %d\n", len r, len array of byte r);
	sur := "";
	sur[0] = 16rd800;
	sys->print("surrogate bytes %s\n", hex(array of byte sur));
}
