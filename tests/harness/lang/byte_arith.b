implement ByteArith;

include "sys.m";
	sys: Sys;
include "draw.m";

ByteArith: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := byte 200;
	b := byte 100;
	sys->print("a+b %d a-b %d b-a %d\n", int (a + b), int (a - b), int (b - a));
	sys->print("a*b %d a/b %d a%%b %d b/a %d\n", int (a * b), int (a / b), int (a % b), int (b / a));
	sys->print("-a %d ~a %d\n", int -a, int ~a);
	sys->print("a>b %d a<b %d a==b %d\n", a > b, a < b, a == b);
	sys->print("byte 256 %d byte -1 %d byte 511 %d\n", int byte 256, int byte -1, int byte 511);
	c := byte 255;
	c++;
	sys->print("255++ %d\n", int c);
	c--;
	sys->print("0-- %d\n", int c);
	c += byte 10;
	sys->print("+=10 %d\n", int c);
	c = byte 16r81;
	sys->print("shl %d %d %d\n", int (c << 1), int (c << 4), int (c << 7));
	sys->print("shr %d %d %d\n", int (c >> 1), int (c >> 4), int (c >> 7));
	n := 9;
	sys->print("shl var %d shr var %d\n", int (c << n), int (c >> n));
	sys->print("and %d or %d xor %d\n", int (c & byte 16r0f), int (c | byte 16r0f), int (c ^ byte 16rff));
	sys->print("char %c %c\n", int byte 'A', int (byte 'a' + byte 1));
	arr := array[4] of byte;
	arr[0] = byte 300;
	arr[1] = byte -2;
	arr[2] = byte 'z';
	arr[3] = arr[1] + arr[2];
	for(i := 0; i < len arr; i++)
		sys->print("arr[%d]=%d\n", i, int arr[i]);
	sys->print("big %bd real %g\n", big byte 255, real byte 255);
	sys->print("str %s\n", string byte 65);
	sys->print("from real %d %d %d\n", int byte 3.7, int byte 255.5, int byte 256.4);
	sys->print("from big %d %d\n", int byte big 16r1ff, int byte big -1);
	sys->print("from str %d %d %d\n", int byte "200", int byte "300", int byte "-1");
}
