implement Tuples;

include "sys.m";
	sys: Sys;
include "draw.m";

Tuples: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}

minmax(a: array of int): (int, int, int)
{
	lo := a[0];
	hi := a[0];
	at := 0;
	for(i := 1; i < len a; i++){
		if(a[i] < lo)
			lo = a[i];
		if(a[i] > hi){
			hi = a[i];
			at = i;
		}
	}
	return (lo, hi, at);
}

parse(s: string): (string, string, int)
{
	for(i := 0; i < len s; i++)
		if(s[i] == '=')
			return (s[:i], s[i+1:], 1);
	return (s, nil, 0);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(q, r) := divmod(47, 5);
	sys->print("47/5 = %d r %d\n", q, r);
	(lo, hi, at) := minmax(array[] of {4, -2, 17, 9, 17, 0});
	sys->print("min %d max %d at %d\n", lo, hi, at);
	(nil, hi2, nil) := minmax(array[] of {3, 8, 1});
	sys->print("only max %d\n", hi2);
	kv := array[] of {"name=limbo", "year=1995", "flag", "empty="};
	for(i := 0; i < len kv; i++){
		(k, v, ok) := parse(kv[i]);
		sys->print("%s -> %q ok=%d\n", k, v, ok);
	}
	t := (1, ("inner", 2.5), big 3);
	(a, inner, c) := t;
	(s, x) := inner;
	sys->print("nested %d %s %g %bd\n", a, s, x, c);
	p := (10, 20);
	(p0, p1) := p;
	(p0, p1) = (p1, p0);
	sys->print("swap %d %d\n", p0, p1);
	u := t.t1;
	sys->print("field access %s %bd\n", u.t0, t.t2);
}
