implement RealConv;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

RealConv: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	inputs := array[] of {
		"0", "1.5", "-2.25", "3e2", "1.25e-3", ".5", "5.", "  7.75",
		"1e308", "1e309", "-1e309", "abc", "", "12.5xyz",
		"inf", "nan", "0x10", "+4.5", "1,5",
	};
	for(i := 0; i < len inputs; i++){
		s := inputs[i];
		r := real s;
		sys->print("real %-10q -> %g\n", s, r);
	}

	# real to string
	vals := array[] of {0.0, 1.0, -1.0, 0.1, 1.0/3.0, 2.0/3.0, 1e10, 1.5e-7, 123456789.0, 1e21};
	for(i = 0; i < len vals; i++)
		sys->print("string(%e) = %s\n", vals[i], string vals[i]);

	# round trip
	x := 0.1;
	sum := 0.0;
	for(i = 0; i < 10; i++)
		sum += x;
	sys->print("sum of ten 0.1 = %s, == 1.0: %d\n", string sum, sum == 1.0);
	sys->print("%.20f\n", sum);
	y := real string sum;
	sys->print("roundtrip exact: %d\n", y == sum);

	# special values
	inf := math->Infinity;
	nan := math->NaN;
	sys->print("inf=%g -inf=%g nan=%g\n", inf, -inf, nan);
	sys->print("isnan(nan)=%d isnan(inf)=%d\n", math->isnan(nan), math->isnan(inf));
	sys->print("string inf = %s\n", string inf);
	sys->print("1/inf = %g\n", 1.0/inf);

	# conversions between real and int
	reals := array[] of {0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, 1e9, -1e9};
	for(i = 0; i < len reals; i++)
		sys->print("int(%g)=%d  floor=%g ceil=%g\n", reals[i], int reals[i],
			math->floor(reals[i]), math->ceil(reals[i]));
	sys->print("real of int max: %f\n", real 2147483647);
	sys->print("real of big: %f\n", real big 9007199254740993);
}
