implement BytesUtf;

include "sys.m";
	sys: Sys;
include "draw.m";

BytesUtf: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

hexdump(a: array of byte): string
{
	s := "";
	for(i := 0; i < len a; i++){
		if(i > 0)
			s += " ";
		s += sys->sprint("%.2x", int a[i]);
	}
	return s;
}

checksum(a: array of byte): int
{
	sum := 0;
	for(i := 0; i < len a; i++)
		sum = (sum * 31 + int a[i]) & 16rffff;
	return sum;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	texts := array[] of {"abc", "héllo", "π≈3", ""};
	for(i := 0; i < len texts; i++){
		a := array of byte texts[i];
		sys->print("%q: chars %d bytes %d [%s] sum %d\n", texts[i], len texts[i], len a, hexdump(a), checksum(a));
	}
	b := array[5] of byte;
	for(i = 0; i < len b; i++)
		b[i] = byte ('v' + i);
	sys->print("from bytes %s\n", string b);
	sys->print("slice %s\n", string b[1:3]);
	u := array of byte "日本";
	sys->print("partial utf len %d\n", len string u[0:4]);
	sys->print("utfbytes %d\n", sys->utfbytes(u, len u));
	sys->print("byte2char %d\n", sys->byte2char(u, 0).t0);
	c := array of byte "copy me";
	d := array[len c] of byte;
	d[0:] = c;
	d[0] = byte 'C';
	sys->print("%s / %s\n", string c, string d);
}
