implement ShortCircuit;

include "sys.m";
	sys: Sys;
include "draw.m";

ShortCircuit: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

trace := "";

t(name: string, v: int): int
{
	trace += name;
	return v;
}

safediv(a, b: int): int
{
	if(b != 0 && a / b > 2)
		return 1;
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {(0, 0), (0, 1), (1, 0), (1, 1)};
	for(i := 0; i < len tests; i++){
		(x, y) := tests[i];
		trace = "";
		r := t("a", x) && t("b", y);
		sys->print("%d && %d = %d trace %s\n", x, y, r, trace);
		trace = "";
		r = t("a", x) || t("b", y);
		sys->print("%d || %d = %d trace %s\n", x, y, r, trace);
	}
	trace = "";
	r := t("a", 1) && (t("b", 0) || t("c", 1)) && !t("d", 0);
	sys->print("compound %d trace %s\n", r, trace);
	zero := 0;
	sys->print("safediv %d %d %d\n", safediv(10, zero), safediv(10, 3), safediv(10, 5));
	l: list of int;
	if(l != nil && hd l > 0)
		sys->print("unreachable\n");
	else
		sys->print("nil list guarded\n");
	s := "";
	if(len s > 0 && s[0] == 'x')
		sys->print("unreachable\n");
	sys->print("result as int %d\n", (3 > 2) + (2 > 3) + (1 == 1));
}
