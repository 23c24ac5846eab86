implement ChanTypes;

# Channels carrying adts (copied), refs (shared), tuples, arrays (shared),
# lists, big, real, byte, and channels; values changed after the send.

include "sys.m";
	sys: Sys;
include "draw.m";

ChanTypes: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Rec: adt {
	n:	int;
	s:	string;
	a:	array of int;
};

Msg: adt {
	pick {
	Text =>
		t: string;
	Num =>
		v: real;
	Quit =>
	}
};

echo[T](in, out: chan of T, n: int)
{
	for(i := 0; i < n; i++)
		out <-= <-in;
}

echorec(in, out: chan of Rec, n: int)
{
	for(i := 0; i < n; i++){
		v := <-in;
		v.n++;
		out <-= v;
	}
}

echotup(in, out: chan of (int, string, list of int))
{
	(a, b, c) := <-in;
	out <-= (a+1, b, 0 :: c);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	# adt values are copied at the send; their arrays are shared
	ra := chan[1] of Rec;
	r := Rec(1, "one", array[] of {1, 2});
	ra <-= r;
	r.n = 2;
	r.s = "two";
	r.a[0] = 100;
	g := <-ra;
	sys->print("adt: %d %s %d\n", g.n, g.s, g.a[0]);

	# refs are shared
	rr := chan[1] of ref Rec;
	p := ref Rec(1, "one", nil);
	rr <-= p;
	p.n = 5;
	q := <-rr;
	sys->print("ref: %d same %d\n", q.n, p == q);

	# through a thread, unbuffered
	in := chan of Rec;
	out := chan of Rec;
	spawn echorec(in, out, 2);
	in <-= Rec(7, "seven", nil);
	g = <-out;
	sys->print("echoed adt: %d %s %d\n", g.n, g.s, g.a == nil);
	in <-= r;
	g = <-out;
	g.a[1] = -1;
	sys->print("echoed adt shares array: %d\n", r.a[1]);

	tc := chan of (int, string, list of int);
	tout := chan of (int, string, list of int);
	spawn echotup(tc, tout);
	tc <-= (3, "three", 1 :: 2 :: 3 :: nil);
	(i, s, l) := <-tout;
	sys->print("tuple: %d %s %d %d\n", i, s, len l, hd tl l);

	ac := chan[1] of array of byte;
	b := array of byte "abc";
	ac <-= b;
	b[0] = byte 'X';
	sys->print("array: %s\n", string <-ac);

	bc := chan[3] of big;
	bc <-= big 1 << 62;
	bc <-= -big 1;
	bc <-= big 16r7fffffff + big 1;
	sys->print("big: %bd %bd %bd\n", <-bc, <-bc, <-bc);

	fc := chan[2] of real;
	fc <-= 1.0/3.0;
	fc <-= -0.0;
	sys->print("real: %g %g\n", <-fc, <-fc);

	yc := chan[2] of byte;
	yc <-= byte 300;
	yc <-= byte -1;
	sys->print("byte: %d %d\n", int <-yc, int <-yc);

	mc := chan of ref Msg;
	mout := chan of ref Msg;
	spawn echo(mc, mout, 3);
	msgs := array[] of {ref Msg.Text("hi"), ref Msg.Num(2.5), ref Msg.Quit};
	for(k := 0; k < len msgs; k++){
		mc <-= msgs[k];
		pick m := <-mout {
		Text =>
			sys->print("msg text %s\n", m.t);
		Num =>
			sys->print("msg num %g\n", m.v);
		Quit =>
			sys->print("msg quit\n");
		}
	}

	lc := chan[1] of list of string;
	lc <-= "x" :: "y" :: nil;
	lst := <-lc;
	sys->print("list: %s %s\n", hd lst, hd tl lst);

	cc := chan[1] of chan of string;
	sc := chan[1] of string;
	cc <-= sc;
	(<-cc) <-= "via channel of channels";
	sys->print("%s\n", <-sc);

	nilc := chan[2] of string;
	nilc <-= nil;
	nilc <-= "";
	a1 := <-nilc;
	a2 := <-nilc;
	sys->print("nil string: %d %d\n", a1 == nil, a2 == nil);
}
