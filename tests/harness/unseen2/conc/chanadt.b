# exercises channel of value adts (copied on send), channel of arrays (shared), nil channel in alt
implement Chanadt;
include "sys.m";
include "draw.m";
sys: Sys;
Chanadt: module { init: fn(nil: ref Draw->Context, nil: list of string); };
P: adt { x, y: int; s: string; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[2] of P;
	p := P(1, 2, "p");
	c <-= p;
	p.x = 99;
	q := <-c;
	sys->print("%d %d %s / %d\n", q.x, q.y, q.s, p.x);
	ac := chan[1] of array of int;
	a := array[] of {1, 2, 3};
	ac <-= a;
	a[0] = 50;
	b := <-ac;
	sys->print("%d\n", b[0]);
	nc: chan of int;
	ready := chan[1] of int;
	ready <-= 4;
	alt {
	v := <-nc => sys->print("nil chan %d\n", v);
	v := <-ready => sys->print("ready %d\n", v);
	}
	sys->print("%d\n", nc == nil);
}
