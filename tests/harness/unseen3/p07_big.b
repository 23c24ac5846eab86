implement P07;
include "sys.m";
	sys: Sys;
include "draw.m";
P07: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

fact(n: int): big
{
	r := big 1;
	for(i := 2; i <= n; i++)
		r *= big i;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i <= 25; i += 5)
		sys->print("%d! = %bd\n", i, fact(i));
	m := big 16r7fffffffffffffff;
	sys->print("max %bd %bx\n", m, m);
	m++;
	sys->print("wrap %bd\n", m);
	sys->print("min/-1 %bd\n", -m);
	a := big -123456789;
	b := big 1000;
	sys->print("div %bd rem %bd\n", a / b, a % b);
	sys->print("shift %bd %bd %bd\n", big 1 << 62, big 1 << 63, big -256 >> 4);
	n := 40;
	sys->print("var shift %bd\n", big 3 << n);
	sys->print("to int %d %d\n", int big 16r123456789, int (big 1 << 32));
	sys->print("from int %bd %bd\n", big -1, big 16r7fffffff * big 16r7fffffff);
	sys->print("real %g %g\n", real (big 1 << 53), real big -12345678901);
	r := 9007199254740993.0;
	sys->print("big of real %bd %bd %bd\n", big 2.5, big -3.5, big 1e15);
	sys->print("hex %bx oct %bo ubd %bud\n", big 255, big 8, big -1);
	sys->print("cmp %d %d\n", big 1 < big 2, big -1 > big 0);
	s := "98765432109876";
	v := big s;
	sys->print("parse %bd str %s\n", v * big 10, string (v + big 1));
	x := big 1;
	for(i = 0; i < 70; i++)
		x *= big 2;
	sys->print("2^70 wrapped %bd\n", x);
	sys->print("and/or %bx %bx %bx\n", big 16rf0f0 & big 16rff00, big 16rf0f0 | big 16r0f, big -1 ^ big 16rffff);
	sys->print("r %g\n", r);
}
