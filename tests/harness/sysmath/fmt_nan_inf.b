implement FmtNanInf;
include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
FmtNanInf: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {Math->Infinity, -Math->Infinity, Math->NaN, -Math->NaN, 1e400, -1e400};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("%g|%s|%G|%e|%E|%f|%.2f|%10g|%-10g|%+g|%010g|%#g\n", v, string v, v, v, v, v, v, v, v, v, v, v);
	}
	s := array[] of {"Infinity", "-Infinity", "inf", "NaN", "nan", "-nan", "1e999", "-1e999", "Inf", "infinity"};
	for(i = 0; i < len s; i++){
		r := real s[i];
		sys->print("%s -> %g %s\n", s[i], r, string r);
	}
}
