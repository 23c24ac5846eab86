implement ConvMatrix;

include "sys.m";
	sys: Sys;
include "draw.m";

ConvMatrix: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	is := array[] of {0, 1, -1, 127, 128, 255, 256, -256, 16r7fffffff, -16r7fffffff - 1, 1000000007};
	for(i := 0; i < len is; i++){
		v := is[i];
		sys->print("int %d -> byte %d big %bd real %g string %s\n", v, int byte v, big v, real v, string v);
	}
	bs := array[] of {big 0, big -1, big 255, 16r80000000, 16rffffffff, 16r100000001, -16r80000001,
		16r7fffffffffffffff, -16r7fffffffffffffff - big 1, big 1 << 53 | big 1, 16r123456789abcdef};
	for(i = 0; i < len bs; i++){
		v := bs[i];
		sys->print("big %bd -> int %d byte %d real %g string %s\n", v, int v, int byte v, real v, string v);
	}
	ys := array[] of {byte 0, byte 1, byte 127, byte 128, byte 254, byte 255};
	for(i = 0; i < len ys; i++){
		v := ys[i];
		sys->print("byte %d -> int %d big %bd real %g string %s\n", int v, int v, big v, real v, string v);
	}
	rs := array[] of {0.0, 0.25, 0.75, -0.75, 1.5, 254.5, 255.49, -128.5, 1e6 + 0.5, 123456.789, 2e9, -2e9};
	for(i = 0; i < len rs; i++){
		v := rs[i];
		sys->print("real %g -> int %d big %bd byte %d string %s\n", v, int v, big v, int byte v, string v);
	}
	ss := array[] of {"0", "12", "-12", "255", "256", "-1", "3.9", "1e2", "0012", "+5", "  7", "8 ", "abc"};
	for(i = 0; i < len ss; i++){
		v := ss[i];
		sys->print("string %q -> int %d big %bd byte %d real %g\n", v, int v, big v, int byte v, real v);
	}
	s77 := "77x";
	f55 := 5.5;
	sys->print("chain %d %bd %g %s\n", int big real "41.6", big int s77, real int 3.7, string int string f55);
	sys->print("roundtrip %s %s\n", string real string 0.1, string big string 16r7fffffffffffffff);
	sys->print("byte chain %d %d\n", int byte big 511, int byte real 300.7);
}
