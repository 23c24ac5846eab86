implement MathModfHuge;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathModfHuge: module { init: fn(nil: ref Draw->Context, nil: list of string); };
# modf's integer part is an int: what happens when it does not fit
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	xs := array[] of {2147483647.5, -2147483648.25, 2147483648.5, -2147483649.0, 1e10, 1e20, 4503599627370495.5, -1e300, 0.75};
	for(i := 0; i < len xs; i++){
		{
			(ip, fp) := math->modf(xs[i]);
			sys->print("modf(%g) = %d %g\n", xs[i], ip, fp);
		} exception e { "*" => sys->print("modf(%g): %s\n", xs[i], e); }
	}
}
