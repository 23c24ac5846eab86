implement TupleCon;

# A constant may be a tuple of constants (appl/lib/fslib: Nilentry, ndb/dns: Sync);
# its nil members fit any reference type where it is sent or assigned.
include "sys.m";
	sys: Sys;
include "draw.m";

TupleCon: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Empty: con (nil, nil, 0);
Sync: con (nil, -1);
Pair: con ("half", 2);

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[1] of (ref Sys->Dir, string, int);
	c <-= Empty;
	(d, s, n) := <-c;
	sys->print("%d %d %d\n", d == nil, s == nil, n);

	cc := chan[2] of (list of string, int);
	cc <-= ("x" :: nil, 1);
	cc <-= Sync;
	for(i := 0; i < 2; i++){
		(l, m) := <-cc;
		sys->print("%d %d\n", len l, m);
	}

	(w, k) := Pair;
	t: (string, int) = Pair;
	sys->print("%s %d %s %d\n", w, k, t.t0, t.t1);

	nest := chan[1] of ((ref Sys->Dir, string, int), chan of int);
	nest <-= (Empty, nil);
	((nd, ns, nn), ch) := <-nest;
	sys->print("%d %d %d %d\n", nd == nil, ns == nil, nn, ch == nil);
}
