implement ChanTypes;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanTypes: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

P: adt {
	a: int;
	b: string;
};

ints(c: chan of int)
{
	for(i := -2; i <= 2; i++)
		c <-= i * 1000;
}

bigs(c: chan of big)
{
	c <-= big 1 << 40;
	c <-= big -1;
}

strings(c: chan of string)
{
	c <-= "hello";
	c <-= "";
	c <-= "\u00fcber";
}

echo(req: chan of (int, chan of int))
{
	for(;;){
		(n, reply) := <-req;
		if(n < 0)
			return;
		reply <-= n * n;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ci := chan of int;
	spawn ints(ci);
	sys->print("int:");
	for(i := 0; i < 5; i++)
		sys->print(" %d", <-ci);
	sys->print("\n");

	cb := chan of big;
	spawn bigs(cb);
	v1 := <-cb;
	v2 := <-cb;
	sys->print("big: %bd %bd\n", v1, v2);

	cy := chan[2] of byte;
	cy <-= byte 255;
	cy <-= byte 256;
	y1 := <-cy;
	y2 := <-cy;
	sys->print("byte: %d %d\n", int y1, int y2);

	cr := chan[2] of real;
	cr <-= 2.5;
	cr <-= -1e-3;
	r1 := <-cr;
	r2 := <-cr;
	sys->print("real: %g %g\n", r1, r2);

	cs := chan of string;
	spawn strings(cs);
	for(i = 0; i < 3; i++){
		s := <-cs;
		sys->print("string: [%s] len %d nil %d\n", s, len s, s == nil);
	}

	sys->print("== buffered channels ==\n");
	cl := chan[2] of list of int;
	cl <-= 1 :: 2 :: nil;
	cl <-= nil;
	sys->print("list: len %d, len %d\n", len <-cl, len <-cl);
	ca := chan[1] of array of int;
	arr := array[] of {1, 2, 3};
	ca <-= arr;
	got := <-ca;
	got[0] = 100;
	sys->print("array shared through channel: arr[0] = %d\n", arr[0]);
	cp := chan[1] of P;
	pv := P(1, "one");
	cp <-= pv;
	pv.a = 2;
	q := <-cp;
	sys->print("adt value copied: q.a = %d q.b = %s\n", q.a, q.b);
	cref := chan[1] of ref P;
	rp := ref P(3, "three");
	cref <-= rp;
	rq := <-cref;
	rq.a = 33;
	sys->print("ref adt shared: rp.a = %d, same %d\n", rp.a, rp == rq);
	ct := chan[1] of (int, string, real);
	ct <-= (9, "nine", 9.5);
	(ta, tb, tc) := <-ct;
	sys->print("tuple: %d %s %g\n", ta, tb, tc);
	sys->print("== channel of channels ==\n");
	req := chan of (int, chan of int);
	spawn echo(req);
	reply := chan of int;
	for(i = 1; i <= 4; i++){
		req <-= (i, reply);
		sys->print("%d^2 = %d\n", i, <-reply);
	}
	req <-= (-1, nil);
	sys->print("== nil channel compare ==\n");
	cn: chan of int;
	sys->print("cn == nil %d, ci == nil %d\n", cn == nil, ci == nil);
}
