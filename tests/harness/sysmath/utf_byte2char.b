implement UtfByte2Char;
include "sys.m";
	sys: Sys;
include "draw.m";
UtfByte2Char: module { init: fn(nil: ref Draw->Context, nil: list of string); };
walk(tag: string, b: array of byte)
{
	sys->print("%s:", tag);
	for(i := 0; i < len b; ){
		(c, n, ok) := sys->byte2char(b, i);
		sys->print(" %x/%d/%d", c, n, ok);
		if(n == 0)
			break;
		i += n;
	}
	sys->print(" | utfbytes");
	for(i = 0; i <= len b; i++)
		sys->print(" %d", sys->utfbytes(b, i));
	s := string b;
	sys->print(" | string len %d:", len s);
	for(i = 0; i < len s; i++)
		sys->print(" %x", s[i]);
	sys->print("\n");
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	walk("ascii", array of byte "ab");
	walk("e-acute", array of byte "é");
	walk("smile", array of byte "☺x");
	walk("astral", array[] of {byte 16rf0, byte 16r9f, byte 16r98, byte 16r80});
	walk("lone80", array[] of {byte 16r80, byte 'a'});
	walk("loneC3", array[] of {byte 16rc3});
	walk("C3 then a", array[] of {byte 16rc3, byte 'a'});
	walk("E2 98", array[] of {byte 16re2, byte 16r98});
	walk("E2 98 a", array[] of {byte 16re2, byte 16r98, byte 'a'});
	walk("overlong C0 80", array[] of {byte 16rc0, byte 16r80});
	walk("overlong E0 80 80", array[] of {byte 16re0, byte 16r80, byte 16r80});
	walk("surrogate ED A0 80", array[] of {byte 16red, byte 16ra0, byte 16r80});
	walk("F4 90 80 80", array[] of {byte 16rf4, byte 16r90, byte 16r80, byte 16r80});
	walk("F8", array[] of {byte 16rf8, byte 16r80, byte 16r80, byte 16r80, byte 16r80});
	walk("FE FF", array[] of {byte 16rfe, byte 16rff});
	walk("F0 9F 98", array[] of {byte 16rf0, byte 16r9f, byte 16r98});
	walk("EF BF BF", array[] of {byte 16ref, byte 16rbf, byte 16rbf});
	walk("nul", array[] of {byte 0, byte 'z'});
	b := array of byte "abc";
	{ sys->print("%d\n", sys->utfbytes(b, 4)); } exception e { "*" => sys->print("utfbytes 4: %s\n", e); }
	{ sys->print("%d\n", sys->utfbytes(b, -1)); } exception e { "*" => sys->print("utfbytes -1: %s\n", e); }
	{ (c, n, ok) := sys->byte2char(b, 3); sys->print("%d %d %d\n", c, n, ok); } exception e { "*" => sys->print("byte2char 3: %s\n", e); }
	{ (c, n, ok) := sys->byte2char(b, -1); sys->print("%d %d %d\n", c, n, ok); } exception e { "*" => sys->print("byte2char -1: %s\n", e); }
	nb: array of byte;
	{ sys->print("%d\n", sys->utfbytes(nb, 0)); } exception e { "*" => sys->print("utfbytes nil: %s\n", e); }
	{ (c, n, ok) := sys->byte2char(nb, 0); sys->print("%d %d %d\n", c, n, ok); } exception e { "*" => sys->print("byte2char nil: %s\n", e); }
	sys->print("%d\n", sys->utfbytes(b[1:], 2));
}
