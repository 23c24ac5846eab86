implement Real32;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Real32: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	math->FPcontrol(0, Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL|Math->INEX);
	vals := array[] of {1.0, -2.0, 0.1, 1.0/3.0, 3.4028234663852886e38, 1e39, 1e-45, 1e-46, 16777217.0, -0.0};
	for(i := 0; i < len vals; i++){
		b := math->realbits32(vals[i]);
		back := math->bits32real(b);
		sys->print("%-24g bits=16r%.8ux back=%-22g exact=%d\n", vals[i], b, back, back == vals[i]);
	}
	pats := array[] of {16r3f800000, 16r7f800000, int 16rff800000, 16r7fc00000, 16r00000001, 16r00800000, 16r7f7fffff, int 16r80000000};
	for(i = 0; i < len pats; i++){
		r := math->bits32real(pats[i]);
		s := sys->sprint("%g", r);
		if(math->isnan(r))
			s = "NaN";
		sys->print("16r%.8ux -> %s\n", pats[i], s);
	}
	b64 := math->realbits64(0.1);
	sys->print("realbits64(0.1) = 16r%.16bux\n", b64);
	sys->print("bits64real back equal: %d\n", math->bits64real(b64) == 0.1);
	a := array[] of {1.5, -0.25, 100.0};
	bytes := array[len a * 4] of byte;
	math->export_real32(bytes, a);
	s := "";
	for(i = 0; i < len bytes; i++)
		s += sys->sprint("%.2x", int bytes[i]);
	sys->print("export_real32: %s\n", s);
	c := array[3] of real;
	math->import_real32(bytes, c);
	sys->print("import_real32: %g %g %g\n", c[0], c[1], c[2]);
}
