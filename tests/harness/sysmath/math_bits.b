implement MathBits;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathBits: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	xs := array[] of {0.0, -0.0, 1.0, -2.0, 0.1, 1.0/3.0, 65504.0, 3.4028234663852886e38, 1e-40, 1e300, Math->Infinity, -Math->Infinity};
	for(i := 0; i < len xs; i++){
		x := xs[i];
		b64 := math->realbits64(x);
		sys->print("%g: 64 %bux back %g", x, b64, math->bits64real(b64));
		{
			b32 := math->realbits32(x);
			sys->print(" | 32 %ux back %g", b32, math->bits32real(b32));
		} exception e { "*" => sys->print(" | 32 TRAP"); }
		sys->print("\n");
	}
	ws := array[] of {0, 16r3f800000, int 16rbf800000, 16r7f800000, int 16rff800000, 16r00000001, 16r7f7fffff, 16r40490fdb};
	for(i = 0; i < len ws; i++){
		{ sys->print("bits32real %ux = %g\n", ws[i], math->bits32real(ws[i])); } exception e { "*" => sys->print("bits32real %ux TRAP\n", ws[i]); }
	}
	ls := array[] of {big 0, big 16r3ff0000000000000, big 16r7ff0000000000000, big 1, big 16r0010000000000000, big 16r400921fb54442d18};
	for(i = 0; i < len ls; i++){
		{ sys->print("bits64real %bux = %g\n", ls[i], math->bits64real(ls[i])); } exception e { "*" => sys->print("bits64real %bux TRAP\n", ls[i]); }
	}
}
