implement BigArith;

include "sys.m";
	sys: Sys;
include "draw.m";

BigArith: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	max := 16r7fffffffffffffff;
	min := -max - big 1;
	sys->print("max %bd min %bd\n", max, min);
	sys->print("max+1 %bd min-1 %bd -min %bd\n", max + big 1, min - big 1, -min);
	sys->print("max*2 %bd max*max %bd\n", max * big 2, max * max);
	sys->print("2^32 %bd 2^32*2^32 %bd\n", big 16r100000000, big 16r100000000 * big 16r100000000);
	sys->print("int-range %bd %bd\n", big 16r7fffffff + big 1, big (16r7fffffff + 1));
	vals := array[] of {big 7, big -7, big 1000000000000, big -999999999999, max, min};
	divs := array[] of {big 3, big -3, big 1000, big -7};
	for(i := 0; i < len vals; i++)
		for(j := 0; j < len divs; j++)
			sys->print("%bd/%bd=%bd %%=%bd\n", vals[i], divs[j], vals[i] / divs[j], vals[i] % divs[j]);
	x := big 1;
	for(i = 0; i < 70; i += 7){
		sys->print("x<<%d = %bd  %bx\n", i, x << i, x << i);
	}
	y := big -1;
	sys->print("-1>>1 %bd -1>>63 %bd\n", y >> 1, y >> 63);
	z := big 16r123456789abcdef0;
	sys->print("z %bx %bX %bo\n", z, z, z);
	sys->print("z&ff %bd z|1 %bd z^z %bd ~z %bd\n", z & big 16rff, z | big 1, z ^ z, ~z);
	sys->print("-z %bx\n", -z);
	z += big 16r1000000000000000;
	sys->print("+= %bd\n", z);
	z *= big 16;
	sys->print("*= %bd\n", z);
	z /= big -3;
	sys->print("/= %bd\n", z);
	z++;
	sys->print("++ %bd\n", z);
	sys->print("pow %bd %bd\n", big 2 ** 62, big 2 ** 63);
	sys->print("pow %bd %bd\n", big 2 ** 64, big -3 ** 39);
	sys->print("cmp %d %d %d %d\n", max > min, min < big 0, big 5 == big 5, big -1 < big 0);
	sys->print("mixed %bd\n", big 3 * big 1000000 * big 1000000 + big -1);
}
