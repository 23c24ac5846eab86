implement MathSortGemm;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathSortGemm: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	x := array[] of {3.0, -1.0, 2.5, 0.0, -7.0, 2.5, 10.0};
	p := array[len x] of int;
	for(i := 0; i < len p; i++)
		p[i] = i;
	math->sort(x, p);
	sys->print("sort:");
	for(i = 0; i < len x; i++)
		sys->print(" %g/%d", x[i], p[i]);
	sys->print("\n");
	p2 := array[] of {6, 5, 4, 3, 2, 1, 0};
	math->sort(x, p2);
	sys->print("sort with perm:");
	for(i = 0; i < len x; i++)
		sys->print(" %g/%d", x[i], p2[i]);
	sys->print("\n");
	{ math->sort(x, array[3] of int); sys->print("short perm ok\n"); } exception ex { "*" => sys->print("short perm: %s\n", ex); }
	{ math->sort(x, array[] of {0, 0, 0, 0, 0, 0, 99}); sys->print("bad perm ok\n"); } exception ex { "*" => sys->print("bad perm: %s\n", ex); }
	# gemm: C = alpha*A*B + beta*C, column major
	am := array[] of {1.0, 2.0, 3.0, 4.0, 5.0, 6.0};   # 2x3
	bm := array[] of {1.0, 0.0, 1.0, 1.0, 0.0, 1.0};   # 3x2
	cm := array[] of {1.0, 1.0, 1.0, 1.0};             # 2x2
	math->gemm('N', 'N', 2, 2, 3, 1.0, am, 2, bm, 3, 2.0, cm, 2);
	sys->print("gemm NN: %g %g %g %g\n", cm[0], cm[1], cm[2], cm[3]);
	cm = array[] of {0.0, 0.0, 0.0, 0.0};
	math->gemm('T', 'N', 2, 2, 3, 1.0, array[] of {1.0, 3.0, 5.0, 2.0, 4.0, 6.0}, 3, bm, 3, 0.0, cm, 2);
	sys->print("gemm TN: %g %g %g %g\n", cm[0], cm[1], cm[2], cm[3]);
	cm = array[] of {5.0, 5.0, 5.0, 5.0};
	math->gemm('N', 'T', 2, 2, 1, 2.0, array[] of {1.0, 2.0}, 2, array[] of {3.0, 4.0}, 2, 0.0, cm, 2);
	sys->print("gemm NT: %g %g %g %g\n", cm[0], cm[1], cm[2], cm[3]);
	cm = array[] of {5.0, 5.0, 5.0, 5.0};
	math->gemm('N', 'N', 2, 2, 3, 0.0, am, 2, bm, 3, 1.0, cm, 2);
	sys->print("gemm alpha0: %g %g %g %g\n", cm[0], cm[1], cm[2], cm[3]);
}
