implement SignedBytes;

include "sys.m";
	sys: Sys;
include "draw.m";

SignedBytes: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# byte is unsigned 0..255
	b := byte 200;
	sys->print("byte 200 as int %d\n", int b);
	b = byte -1;
	sys->print("byte -1 as int %d\n", int b);
	b = byte 300;
	sys->print("byte 300 as int %d\n", int b);
	c := byte 250;
	c += byte 10;
	sys->print("250+10 in a byte %d\n", int c);
	d := byte 5;
	d -= byte 10;
	sys->print("5-10 in a byte %d\n", int d);
	e := byte 16r81;
	sys->print("0x81 >> 1 = %.2ux, << 1 = %.2ux\n", int (e >> 1), int (e << 1));
	sys->print("~0x0f as byte %.2ux\n", int ~byte 16r0f);
	# signed interpretation must be done by hand
	raw := array[] of {byte 0, byte 127, byte 128, byte 255, byte 16rfe};
	for(i := 0; i < len raw; i++){
		v := int raw[i];
		s := v;
		if(s >= 128)
			s -= 256;
		sys->print("byte %3d signed %4d\n", v, s);
	}
	# int is 32-bit signed two's complement
	m := 16r7fffffff;
	m++;
	sys->print("max int + 1 = %d\n", m);
	n := -2147483647 - 1;
	sys->print("min int = %d, negated %d\n", n, -n);
	sys->print("-7 >> 1 = %d, -7 / 2 = %d\n", -7 >> 1, -7 / 2);
	sys->print("-1 as unsigned hex %ux, big %bd\n", -1, big -1);
	u := big -1 & big 16rffffffff;
	sys->print("-1 zero-extended to big %bd\n", u);
	sys->print("int 16rffffffff = %d\n", int 16rffffffff);
	sys->print("big 2^40 to int %d\n", int (big 1 << 40 | big 7));
	# comparisons between bytes are unsigned
	x := byte 10;
	y := byte 240;
	sys->print("10 < 240 as bytes: %d\n", x < y);
	sum := 0;
	arr := array of byte "\u00ff\u0001";
	for(i = 0; i < len arr; i++)
		sum += int arr[i];
	sys->print("utf-8 bytes of \\u00ff\\u0001: %d bytes, sum %d\n", len arr, sum);
}
