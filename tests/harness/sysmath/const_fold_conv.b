implement ConstFoldConv;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
ConstFoldConv: module { init: fn(nil: ref Draw->Context, nil: list of string); };
# conversions of constant reals are done by the compiler, not at run time
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("int NaN %d\n", int Math->NaN);
	sys->print("int Inf %d int -Inf %d\n", int Math->Infinity, int -Math->Infinity);
	sys->print("big Inf %bd big -Inf %bd big NaN %bd\n", big Math->Infinity, big -Math->Infinity, big Math->NaN);
	sys->print("int 1e10 %d int -1e10 %d\n", int 1e10, int -1e10);
	sys->print("int 3e9 %d int 2147483648.0 %d\n", int 3e9, int 2147483648.0);
	sys->print("big 1e19 %bd big -1e19 %bd\n", big 1e19, big -1e19);
	sys->print("int 2.5 %d int 3.5 %d int -2.5 %d int 0.5 %d int -0.5 %d\n", int 2.5, int 3.5, int -2.5, int 0.5, int -0.5);
	sys->print("int 2.4999 %d int 1.5 %d int -1.5 %d\n", int 2.4999, int 1.5, int -1.5);
	sys->print("big 2.5 %bd big 3.5 %bd big -2.5 %bd\n", big 2.5, big 3.5, big -2.5);
	sys->print("real big max %g\n", real 16r7fffffffffffffff);
	sys->print("int of 1e300 %d\n", int 1e300);
	sys->print("byte 300 %d byte -1 %d\n", int byte 300, int byte -1);
	sys->print("byte 2.5 %d byte 3.5 %d byte 255.6 %d\n", int byte 2.5, int byte 3.5, int byte 255.6);
	sys->print("1e400-1e400 %g\n", 1e400 - 1e400);
}
