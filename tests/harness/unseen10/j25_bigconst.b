implement BigConst;

include "sys.m";
	sys: Sys;
include "draw.m";

BigConst: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Max: con big 16r7fffffffffffffff;
Min: con -Max - big 1;
Tera: con big 1000000000000;
Mixed: con Tera * big 3 + big 7;
Hex: con 16rDEADBEEFCAFE;
Oct: con 8r777777777777;
Bin: con 2r1111111111111111111111111111111111;
Radix36: con 36rZZZZZZZZ;
Pow2: con big 1 << 50;
Folded: con (Max >> 32) & big 16rffff;

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
	sys->print("== big constants ==\n");
	sys->print("Max     = %bd\n", Max);
	sys->print("Min     = %bd\n", Min);
	sys->print("Tera    = %bd\n", Tera);
	sys->print("Mixed   = %bd\n", Mixed);
	sys->print("Hex     = %bd (%bx)\n", Hex, Hex);
	sys->print("Oct     = %bd\n", Oct);
	sys->print("Bin     = %bd\n", Bin);
	sys->print("Radix36 = %bd\n", Radix36);
	sys->print("Pow2    = %bd\n", Pow2);
	sys->print("Folded  = %bd\n", Folded);
	sys->print("== literal typing: large literals are big ==\n");
	v := 4294967296;
	v += big 1;
	sys->print("4294967296+1 = %bd\n", v);
	w := 2147483647;
	w++;
	sys->print("2147483647 as int, +1 = %d\n", w);
	sys->print("== big arithmetic ==\n");
	for(n := 15; n <= 21; n += 3)
		sys->print("%d! = %bd\n", n, fact(n));
	sys->print("21! wrapped is negative: %d\n", fact(21) < big 0);
	sys->print("Max / Tera = %bd, Max %% Tera = %bd\n", Max / Tera, Max % Tera);
	sys->print("-Min == Min: %d\n", -Min == Min);
	sys->print("== big <-> string ==\n");
	s := string Mixed;
	sys->print("string Mixed = %s (len %d)\n", s, len s);
	b := big "123456789012345678";
	sys->print("big of string = %bd\n", b + big 1);
	t := "-9223372036854775808";
	sys->print("big of min string = %bd\n", big t);
	sys->print("== big <-> real ==\n");
	r := real Tera;
	sys->print("real Tera = %g\n", r);
	sys->print("big 1e15 = %bd\n", big 1e15);
	sys->print("big -2.5 = %bd\n", big -2.5);
	sys->print("== bitwise on big ==\n");
	m := Hex;
	sys->print("Hex & 16rffff = %bx\n", m & big 16rffff);
	sys->print("Hex | 1<<60 = %bx\n", m | (big 1 << 60));
	sys->print("Hex ^ Hex = %bd\n", m ^ m);
	sys->print("~big 0 = %bd\n", ~big 0);
	sys->print("== finally, an uncaught exception carrying a big ==\n");
	raise "bigconst: " + string Max;
}
