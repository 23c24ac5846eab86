implement MathSpecial;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathSpecial: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(name: string, x: real): real
{
	case name {
	"erf" => return math->erf(x);
	"erfc" => return math->erfc(x);
	"j0" => return math->j0(x);
	"j1" => return math->j1(x);
	"y0" => return math->y0(x);
	"y1" => return math->y1(x);
	"jn2" => return math->jn(2, x);
	"yn2" => return math->yn(2, x);
	"jn-1" => return math->jn(-1, x);
	}
	return 0.0;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	names := array[] of {"erf", "erfc", "j0", "j1", "y0", "y1", "jn2", "yn2", "jn-1"};
	xs := array[] of {0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 5.0, 10.0, 30.0, 1e-5, 100.0, 1e10};
	for(i := 0; i < len names; i++){
		sys->print("%s:", names[i]);
		for(j := 0; j < len xs; j++){
			{
				r := f(names[i], xs[j]);
				sys->print(" %g", r);
			} exception e { "sys: fp:*" => sys->print(" TRAP"); "*" => sys->print(" {%s}", e); }
		}
		sys->print("\n");
	}
	gs := array[] of {1.0, 2.0, 0.5, 3.5, 10.0, 100.0, -0.5, -1.5, -2.5, 1e-10, 171.5, 1e306, 0.0, -1.0, -2.0};
	for(i = 0; i < len gs; i++){
		{
			(s, v) := math->lgamma(gs[i]);
			sys->print("lgamma(%g) = %d %g\n", gs[i], s, v);
		} exception e { "*" => sys->print("lgamma(%g) TRAP\n", gs[i]); }
	}
	sys->print("erf(1) %s erfc(3) %s\n", string math->erf(1.0), string math->erfc(3.0));
	sys->print("jn(0,1)=%g jn(1,1)=%g jn(5,1)=%g yn(0,1)=%g yn(5,1)=%g\n", math->jn(0, 1.0), math->jn(1, 1.0), math->jn(5, 1.0), math->yn(0, 1.0), math->yn(5, 1.0));
}
