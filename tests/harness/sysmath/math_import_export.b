implement MathImportExport;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
MathImportExport: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	i: int;
	r := array[] of {1.0, -0.5, 1e10};
	buf := array[24] of byte;
	math->export_real(buf, r);
	sys->print("export_real:");
	for(i = 0; i < len buf; i++)
		sys->print(" %.2x", int buf[i]);
	sys->print("\n");
	r2 := array[3] of real;
	math->import_real(buf, r2);
	sys->print("import_real %g %g %g\n", r2[0], r2[1], r2[2]);
	b4 := array[12] of byte;
	math->export_real32(b4, r);
	sys->print("export_real32:");
	for(i = 0; i < len b4; i++)
		sys->print(" %.2x", int b4[i]);
	sys->print("\n");
	math->import_real32(b4, r2);
	sys->print("import_real32 %g %g %g\n", r2[0], r2[1], r2[2]);
	ints := array[] of {1, -1, 16r12345678};
	bi := array[12] of byte;
	math->export_int(bi, ints);
	sys->print("export_int:");
	for(i = 0; i < len bi; i++)
		sys->print(" %.2x", int bi[i]);
	sys->print("\n");
	i2 := array[3] of int;
	math->import_int(bi, i2);
	sys->print("import_int %d %d %x\n", i2[0], i2[1], i2[2]);
	{ math->export_real(array[7] of byte, array[] of {1.0}); sys->print("short export ok\n"); } exception e { "*" => sys->print("short export: %s\n", e); }
	{ math->import_int(array[3] of byte, array[1] of int); sys->print("short import ok\n"); } exception e { "*" => sys->print("short import: %s\n", e); }
}
