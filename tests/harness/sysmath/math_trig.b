implement MathTrig;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathTrig: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(name: string, x: real): real
{
	case name {
	"sin" => return math->sin(x);
	"cos" => return math->cos(x);
	"tan" => return math->tan(x);
	"asin" => return math->asin(x);
	"acos" => return math->acos(x);
	"atan" => return math->atan(x);
	"sinh" => return math->sinh(x);
	"cosh" => return math->cosh(x);
	"tanh" => return math->tanh(x);
	"asinh" => return math->asinh(x);
	"acosh" => return math->acosh(x);
	"atanh" => return math->atanh(x);
	}
	return 0.0;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	names := array[] of {"sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"};
	xs := array[] of {0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, Math->Pi, Math->Pi/2.0, 1e-8, 100.0, 1e10, 1e300, 710.0};
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
	ys := array[] of {0.0, -0.0, 1.0, -1.0};
	for(i = 0; i < len ys; i++)
		for(j := 0; j < len ys; j++){
			{
				sys->print("atan2(%g,%g)=%g\n", ys[i], ys[j], math->atan2(ys[i], ys[j]));
			} exception e { "*" => sys->print("atan2(%g,%g): %s\n", ys[i], ys[j], e); }
		}
	sys->print("%s %s\n", string math->sin(1.0), string (math->atan(1.0)*4.0));
	sys->print("deg %g\n", math->sin(30.0*Math->Degree));
}
