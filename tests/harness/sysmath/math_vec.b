implement MathVec;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathVec: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	a := array[] of {1.0, -2.0, 3.0, -4.5};
	b := array[] of {0.5, 0.25, -1.0, 2.0};
	sys->print("dot %g norm1 %g norm2 %g iamax %d\n", math->dot(a, b), math->norm1(a), math->norm2(a), math->iamax(a));
	e := array[0] of real;
	sys->print("empty: dot %g norm1 %g norm2 %g iamax %d\n", math->dot(e, e), math->norm1(e), math->norm2(e), math->iamax(e));
	n: array of real;
	{ sys->print("nil dot %g\n", math->dot(n, n)); } exception x { "*" => sys->print("nil dot: %s\n", x); }
	{ sys->print("nil norm1 %g\n", math->norm1(n)); } exception x { "*" => sys->print("nil norm1: %s\n", x); }
	{ sys->print("nil iamax %d\n", math->iamax(n)); } exception x { "*" => sys->print("nil iamax: %s\n", x); }
	{ sys->print("short dot %g\n", math->dot(a, b[0:2])); } exception x { "*" => sys->print("short dot: %s\n", x); }
	{ sys->print("long dot %g\n", math->dot(a[0:2], b)); } exception x { "*" => sys->print("long dot: %s\n", x); }
	ties := array[] of {1.0, -3.0, 3.0, 2.0};
	sys->print("iamax ties %d\n", math->iamax(ties));
	sys->print("norm2 big %g\n", math->norm2(array[] of {1e200, 1e200}));
	sys->print("norm2 tiny %g\n", math->norm2(array[] of {3e-200, 4e-200}));
	sys->print("dot precision %s\n", string math->dot(array[] of {1e16, 1.0, -1e16}, array[] of {1.0, 1.0, 1.0}));
	sys->print("norm1 %s\n", string math->norm1(array[] of {0.1, 0.2, 0.3}));
}
