# exercises byte arithmetic wraparound, byte arrays, mixing bytes and ints, char constants
implement Bytes;
include "sys.m";
include "draw.m";
sys: Sys;
Bytes: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := byte 250;
	b += byte 10;
	sys->print("%d\n", int b);
	c := byte 3 - byte 5;
	sys->print("%d\n", int c);
	d := byte 16 * byte 17;
	sys->print("%d\n", int d);
	e := byte 200 / byte 7;
	sys->print("%d %d\n", int e, int (byte 200 % byte 7));
	f := byte 1 << 9;
	sys->print("%d\n", int f);
	g := byte 128 >> 3;
	sys->print("%d\n", int g);
	a := array of byte "ABCdef";
	for(i := 0; i < len a; i++) a[i] ^= byte 16r20;
	sys->print("%s\n", string a);
	x := array[4] of {* => byte 7};
	sys->print("%d %d\n", int x[0], int x[3]);
	sum := 0;
	for(i = 0; i < len a; i++) sum += int a[i];
	sys->print("%d\n", sum);
	h := byte 'z'; h++; sys->print("%d\n", int h);
	k := byte 255; k++; sys->print("%d\n", int k);
	sys->print("%d\n", int (byte 7 < byte 200));
	u := array of byte "ñ";
	sys->print("%d %d %d\n", len u, int u[0], int u[1]);
	sys->print("%s\n", string array[] of {byte 'h', byte 'i'});
}
