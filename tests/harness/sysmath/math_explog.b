implement MathExpLog;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathExpLog: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(name: string, x: real): real
{
	case name {
	"exp" => return math->exp(x);
	"expm1" => return math->expm1(x);
	"log" => return math->log(x);
	"log10" => return math->log10(x);
	"log1p" => return math->log1p(x);
	"sqrt" => return math->sqrt(x);
	"cbrt" => return math->cbrt(x);
	}
	return 0.0;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	names := array[] of {"exp", "expm1", "log", "log10", "log1p", "sqrt", "cbrt"};
	xs := array[] of {0.0, -0.0, 1.0, -1.0, 2.0, 10.0, 0.5, 1e-10, 100.0, 709.0, 710.0, -745.0, -746.0, 1e300, -1e300, 27.0, -8.0};
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
	ps := array[] of {(2.0, 10.0), (2.0, 0.5), (-8.0, 1.0/3.0), (0.0, 0.0), (0.0, -1.0), (-0.0, -1.0), (-2.0, 3.0),
		(10.0, 308.0), (10.0, 309.0), (10.0, -320.0), (1.0, 1e300), (-1.0, 1e300), (2.0, -1074.0), (0.5, 2.0), (-1.0, 0.5), (1e10, 1e10)};
	for(i = 0; i < len ps; i++){
		(x, y) := ps[i];
		{ sys->print("pow(%g,%g)=%g\n", x, y, math->pow(x, y)); } exception e { "*" => sys->print("pow(%g,%g): %s\n", x, y, e); }
	}
	es := array[] of {0, 1, -1, 5, 22, 23, 100, 308, 309, -300, -307, -308, -323, -324, 400, -400};
	for(i = 0; i < len es; i++){
		{ sys->print("pow10(%d)=%g\n", es[i], math->pow10(es[i])); } exception e { "*" => sys->print("pow10(%d): %s\n", es[i], e); }
	}
	hs := array[] of {(3.0, 4.0), (0.0, 0.0), (-5.0, 12.0), (1e200, 1e200), (1e-200, 1e-200)};
	for(i = 0; i < len hs; i++){
		(x, y) := hs[i];
		{ sys->print("hypot(%g,%g)=%g\n", x, y, math->hypot(x, y)); } exception e { "*" => sys->print("hypot(%g,%g): %s\n", x, y, e); }
	}
	sys->print("%s %s %s\n", string math->exp(1.0), string math->log(10.0), string math->sqrt(2.0));
}
