implement MathMaskedEdges;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathMaskedEdges: module { init: fn(nil: ref Draw->Context, nil: list of string); };
f(name: string, x: real): real
{
	case name {
	"sqrt" => return math->sqrt(x);
	"log" => return math->log(x);
	"exp" => return math->exp(x);
	"sin" => return math->sin(x);
	"cos" => return math->cos(x);
	"tan" => return math->tan(x);
	"atan" => return math->atan(x);
	"asin" => return math->asin(x);
	"acosh" => return math->acosh(x);
	"atanh" => return math->atanh(x);
	"tanh" => return math->tanh(x);
	"floor" => return math->floor(x);
	"ceil" => return math->ceil(x);
	"rint" => return math->rint(x);
	"cbrt" => return math->cbrt(x);
	"erf" => return math->erf(x);
	"erfc" => return math->erfc(x);
	"log1p" => return math->log1p(x);
	"expm1" => return math->expm1(x);
	"j0" => return math->j0(x);
	"y0" => return math->y0(x);
	"fabs" => return math->fabs(x);
	"pow2" => return math->pow(x, 2.0);
	"pow_x_0" => return math->pow(x, 0.0);
	"pow_1_x" => return math->pow(1.0, x);
	"fmod3" => return math->fmod(x, 3.0);
	"hypot" => return math->hypot(x, 1.0);
	"atan2" => return math->atan2(x, -1.0);
	}
	return 0.0;
}
init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	math->FPcontrol(0, Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL|Math->INEX);
	names := array[] of {"sqrt", "log", "exp", "sin", "cos", "tan", "atan", "asin", "acosh", "atanh", "tanh", "floor", "ceil",
		"rint", "cbrt", "erf", "erfc", "log1p", "expm1", "j0", "y0", "fabs", "pow2", "pow_x_0", "pow_1_x", "fmod3", "hypot", "atan2"};
	one := real len args;
	a := 1e-300 * one;
	b := 1e-10 * one;
	den := a * b;
	xs := array[] of {Math->NaN, Math->Infinity, -Math->Infinity, -0.0, -1.0, 1e308, den};
	for(i := 0; i < len names; i++){
		sys->print("%s:", names[i]);
		for(j := 0; j < len xs; j++){
			{
				r := f(names[i], xs[j]);
				sys->print(" %g", r);
			} exception e { "*" => sys->print(" {%s}", e); }
		}
		sys->print("\n");
	}
	(s, v) := math->lgamma(-Math->Infinity);
	sys->print("lgamma(-inf) %d %g\n", s, v);
	(s, v) = math->lgamma(0.0);
	sys->print("lgamma(0) %d %g\n", s, v);
	(s, v) = math->lgamma(Math->NaN);
	sys->print("lgamma(nan) %d %g\n", s, v);
	(k, fr) := math->modf(Math->Infinity);
	sys->print("modf(inf) %d %g\n", k, fr);
	(k, fr) = math->modf(Math->NaN);
	sys->print("modf(nan) %d %g\n", k, fr);
	sys->print("ilogb(1e-310) %d scalbn(1,-1074) %g nextafter(0,1) %g\n", math->ilogb(den), math->scalbn(1.0, -1074), math->nextafter(0.0, 1.0));
	sys->print("fmin(nan,1) %g fmax(1,nan) %g fdim(nan,1) %g fdim(inf,inf) %g\n", math->fmin(Math->NaN, 1.0), math->fmax(1.0, Math->NaN), math->fdim(Math->NaN, 1.0), math->fdim(Math->Infinity, Math->Infinity));
	sys->print("remainder(inf,1) %g remainder(1,0) %g fmod(1,0) %g\n", math->remainder(Math->Infinity, 1.0), math->remainder(1.0, 0.0), math->fmod(1.0, 0.0));
	sys->print("copysign(nan,-1) %g copysign(1,nan) %g\n", math->copysign(Math->NaN, -1.0), math->copysign(1.0, Math->NaN));
	sys->print("status %ux\n", math->getFPstatus());
}
