implement Bits;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Bits: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

hex(b: array of byte): string
{
	s := "";
	for(i := 0; i < len b; i++)
		s += sys->sprint("%.2x", int b[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	rs := array[] of {1.0, -2.0, 0.5, 3.140625, 1e-3, 65504.0};
	for(i := 0; i < len rs; i++){
		b32 := math->realbits32(rs[i]);
		b64 := math->realbits64(rs[i]);
		sys->print("%-10g bits32=%.8ux bits64=%.16bux back=%g/%g\n", rs[i], b32, b64,
			math->bits32real(b32), math->bits64real(b64));
	}
	sys->print("bits32real(0x7f800000) inf? %d\n", !math->finite(math->bits32real(16r7f800000)));
	sys->print("bits64real(1<<62)=%g\n", math->bits64real(big 1<<62));
	ints := array[] of {1, -1, 16r12345678, 256};
	buf := array[4*len ints] of byte;
	math->export_int(buf, ints);
	sys->print("export_int: %s\n", hex(buf));
	back := array[len ints] of int;
	math->import_int(buf, back);
	for(i = 0; i < len back; i++)
		sys->print("  import_int[%d]=%d\n", i, back[i]);
	reals := array[] of {1.5, -0.25};
	rb := array[8*len reals] of byte;
	math->export_real(rb, reals);
	sys->print("export_real: %s\n", hex(rb));
	r32 := array[4*len reals] of byte;
	math->export_real32(r32, reals);
	sys->print("export_real32: %s\n", hex(r32));
	got := array[len reals] of real;
	math->import_real(rb, got);
	sys->print("import_real: %g %g\n", got[0], got[1]);
	math->import_real32(r32, got);
	sys->print("import_real32: %g %g\n", got[0], got[1]);
	# the 32-bit round trip loses precision
	x := 0.1;
	y := math->bits32real(math->realbits32(x));
	sys->print("0.1 via float: %.17g equal=%d\n", y, x == y);
}
