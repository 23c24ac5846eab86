implement RefOfValue;

# ref applies to any term of adt type: ref f(x).d, ref A.mk(x), ref f(x) copy the value
# (appl/lib/nametree.b, appl/lib/spki/spki.b)
include "sys.m";
	sys: Sys;
include "draw.m";
RefOfValue: module { init: fn(nil: ref Draw->Context, nil: list of string); };
D: adt { n: int; s: string; };
F: adt {
	d: D;
	k: int;
	mk: fn(n: int): D;
};
F.mk(n: int): D
{
	return D(n, "made");
}
find(k: int): F
{
	return F(D(k*10, "found"), k);
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := ref find(3).d;
	s := ref F.mk(7);
	t := ref find(4);
	r.n++;
	sys->print("%d %s / %d %s / %d %d\n", r.n, r.s, s.n, s.s, t.k, t.d.n);
}
