implement FmodSigns;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

FmodSigns: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	xs := array[] of {7.5, -7.5, 7.5, -7.5, 5.0, -5.0, 6.0, 1.0, 0.0};
	ys := array[] of {2.0, 2.0, -2.0, -2.0, 2.0, 2.0, 4.0, 0.1, 3.0};
	for(i := 0; i < len xs; i++){
		x := xs[i];
		y := ys[i];
		sys->print("x=%5g y=%5g  fmod=%-8g remainder=%-8g\n", x, y, math->fmod(x, y), math->remainder(x, y));
	}
	sys->print("int %%: 7%%2=%d -7%%2=%d 7%%-2=%d -7%%-2=%d\n", 7%2, -7%2, 7%-2, -7%-2);
	a := -7;
	b := 2;
	sys->print("int / at run time: %d %d %d\n", a/b, -a/b, a/(-b));
	sys->print("big %%: %bd %bd\n", big a % big b, big -a % big -b);
	(ip, fr) := math->modf(-3.75);
	sys->print("modf(-3.75) = %d, %g\n", ip, fr);
	(ip, fr) = math->modf(2.5);
	sys->print("modf(2.5) = %d, %g\n", ip, fr);
	e := math->ilogb(-48.0);
	sys->print("ilogb(-48) = %d  scalbn(-0.75, 6) = %g\n", e, math->scalbn(-0.75, 6));
	sys->print("nextafter(1, 2) - 1 = %g\n", math->nextafter(1.0, 2.0) - 1.0);
	sys->print("copysign(3, -0.0) = %g\n", math->copysign(3.0, -0.0));
	sys->print("fdim(2,5)=%g fdim(5,2)=%g fmax=%g fmin=%g\n", math->fdim(2.0, 5.0), math->fdim(5.0, 2.0), math->fmax(-1.0, -2.0), math->fmin(-1.0, -2.0));
	math->FPcontrol(0, Math->INVAL|Math->ZDIV);
	r := math->fmod(1.0, 0.0);
	sys->print("fmod(1,0) nan=%d\n", math->isnan(r));
	r = math->remainder(1.0, 0.0);
	sys->print("remainder(1,0) nan=%d\n", math->isnan(r));
}
