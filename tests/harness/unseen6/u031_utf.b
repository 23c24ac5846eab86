implement Utf;

include "sys.m";
	sys: Sys;
include "draw.m";

Utf: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%.2x", int b[i]);
	return s;
}

decode(label: string, b: array of byte)
{
	sys->print("%s [%s] utfbytes=%d:", label, hex(b), sys->utfbytes(b, len b));
	i := 0;
	while(i < len b){
		(c, n, ok) := sys->byte2char(b, i);
		sys->print(" %x/%d/%d", c, n, ok);
		if(n <= 0)
			break;
		i += n;
	}
	s := string b;
	sys->print(" | len(string)=%d\n", len s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	decode("ascii", array of byte "hi");
	decode("2-byte", array of byte "é");
	decode("3-byte", array of byte "日");
	decode("trunc2", array[] of {byte 'a', byte 16rC3});
	decode("trunc3", array[] of {byte 16rE6, byte 16r97});
	decode("lone-cont", array[] of {byte 16r80, byte 'x'});
	decode("bad-lead", array[] of {byte 16rFF, byte 16rFE});
	decode("overlong", array[] of {byte 16rC0, byte 16rAF});
	decode("cont-mid", array[] of {byte 16rE6, byte 'a', byte 16r97});
	decode("mixed", array[] of {byte 'o', byte 16rC3, byte 16rA9, byte 16rC3, byte 'k'});
	full := array of byte "aé日b";
	for(n := 0; n <= len full; n++)
		sys->print("prefix %d bytes: utfbytes=%d\n", n, sys->utfbytes(full, n));
	s := string array[] of {byte 16rC3, byte 16r78};
	sys->print("bad byte as string: len=%d rune=%x back=%s\n", len s, s[0], hex(array of byte s));
	r := "";
	r[0] = 16rFFFD;
	sys->print("replacement char encodes as %s\n", hex(array of byte r));
	r[0] = 16r7FF;
	sys->print("16r7ff encodes as %s, 16r800 as ", hex(array of byte r));
	r[0] = 16r800;
	sys->print("%s\n", hex(array of byte r));
}
