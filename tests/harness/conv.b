implement T17;

include "sys.m";
	sys: Sys;
include "draw.m";

T17: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ints := array[] of {0, 1, -1, 255, 256, -129, 2147483647, -2147483647 - 1, 65, 300};
	for(i := 0; i < len ints; i++){
		n := ints[i];
		b := byte n;
		sys->print("int %d: byte %d big %bd real %g str %s hex %ux back %d\n", n, int b, big n, real n, string n, n, int string n);
	}
	reals := array[] of {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e9, -1e9, 123.456, -0.0, 1e-7, 255.9};
	for(i = 0; i < len reals; i++){
		r := reals[i];
		sys->print("real %g: int %d big %bd str %s byte %d\n", r, int r, big r, string r, int byte int r);
	}
	bigs := array[] of {big 0, big -1, big 16r100000000, big 16r7fffffff + big 1, big 16rffffffff, big -16r80000001, big 16r7fffffffffffffff, (big 1 << 53) + big 1};
	for(i = 0; i < len bigs; i++){
		v := bigs[i];
		sys->print("big %bd: int %d real %g byte %d str %s\n", v, int v, real v, int byte v, string v);
	}
	strs := array[] of {"42", "-17", "3.75", "1e3", "0x1f", "  12  ", "+", "9223372036854775807", "-9223372036854775808", "Infinity", "-nan", "2.5e-3xyz", "0012.50"};
	for(i = 0; i < len strs; i++){
		s := strs[i];
		sys->print("str %q: int %d big %bd real %g\n", s, int s, big s, real s);
	}
	bs := array[] of {byte 0, byte 127, byte 128, byte 255, byte -1, byte 'A'};
	for(i = 0; i < len bs; i++){
		x := bs[i];
		sys->print("byte %d: int %d big %bd real %g str %s inc %d neg %d\n", int x, int x, big x, real x, string x, int (x + byte 1), int (byte 0 - x));
	}
	arr := array of byte "héllo";
	sys->print("bytes %d:", len arr);
	for(i = 0; i < len arr; i++)
		sys->print(" %x", int arr[i]);
	sys->print(" -> %s len %d\n", string arr, len string arr);
	bad := array[] of {byte 'a', byte 16rff, byte 'b', byte 16rc3};
	s := string bad;
	sys->print("bad %d:", len s);
	for(i = 0; i < len s; i++)
		sys->print(" %ux", s[i]);
	sys->print("\n");
	c := 'é';
	t := "";
	t[0] = c;
	t[1] = 16r263a;
	u := array of byte t;
	sys->print("%s %d %d %d\n", t, len t, len u, t[1]);
	sys->print("%d %d %d\n", int 'a' + 1, 'z' - 'a', int real "65.7");
}
