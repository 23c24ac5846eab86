implement AdtCastCopy;

# T(x), x already a T (or a tuple of its fields), copies it; ref T(x) too
# (appl/lib/ip.b: IPaddr(a); appl/math/geodesy.b: ref Mercator(tmps[i])).
include "sys.m";
	sys: Sys;
include "draw.m";
AdtCastCopy: module { init: fn(nil: ref Draw->Context, nil: list of string); };
P: adt { x, y: int; s: string; };
A: adt { a: array of byte; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := P(1, 2, "a");
	q := P(p);
	r := ref P(p);
	q.x = 5;
	r.y = 7;
	sys->print("%d %d %s / %d %d / %d %d\n", p.x, p.y, p.s, q.x, q.y, r.x, r.y);
	t := (3, 4, "t");
	u := P(t);
	sys->print("%d %d %s\n", u.x, u.y, u.s);
	a := A(array[2] of {byte 1, byte 2});
	b := A(a);		# one field: a copy of the A, not an A of an A
	b.a = nil;
	sys->print("%d %d\n", len a.a, b.a == nil);
}
