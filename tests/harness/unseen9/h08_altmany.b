implement AltMany;

include "sys.m";
	sys: Sys;
include "draw.m";

AltMany: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Point: adt {
	x, y:	int;
};

ci: chan of int;
cs: chan of string;
cr: chan of real;
ct: chan of (int, string);
cp: chan of ref Point;
cl: chan of list of int;
cb: chan of byte;
outq: chan of int;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ci = chan[2] of int;
	cs = chan[2] of string;
	cr = chan[2] of real;
	ct = chan[2] of (int, string);
	cp = chan[2] of ref Point;
	cl = chan[2] of list of int;
	cb = chan[2] of byte;
	outq = chan[1] of int;
	outq <-= 1;	# full: the send arm cannot fire yet

	# one arm ready at a time: alt must choose that arm
	sys->print("step 0: %s\n", poll());
	ci <-= 17;
	sys->print("step 1: %s\n", poll());
	cs <-= "hello";
	sys->print("step 2: %s\n", poll());
	cr <-= 2.5;
	sys->print("step 3: %s\n", poll());
	ct <-= (3, "three");
	sys->print("step 4: %s\n", poll());
	cp <-= ref Point(4, -4);
	sys->print("step 5: %s\n", poll());
	cl <-= 1 :: 2 :: 3 :: nil;
	sys->print("step 6: %s\n", poll());
	cb <-= byte 'Z';
	sys->print("step 7: %s\n", poll());
	sys->print("step 8: %s\n", poll());

	# now the send arm: outq gets room once, then it is full again
	sys->print("outq had %d\n", <-outq);
	sys->print("step 9: %s\n", poll());

	# several arms ready at once: choice is arbitrary, so gather and sort
	ci <-= 5;
	cs <-= "x";
	cb <-= byte 'q';
	ci <-= 6;
	got: list of string;
	for(;;){
		r := pollnosend();
		if(r == "default")
			break;
		got = r :: got;
	}
	a := array[len got] of string;
	for(i := 0; got != nil; got = tl got)
		a[i++] = hd got;
	sort(a);
	for(i = 0; i < len a; i++)
		sys->print("drained: %s\n", a[i]);
	sys->print("outq holds %d\n", <-outq);
}

poll(): string
{
	alt {
	v := <-ci =>
		return "int " + string v;
	s := <-cs =>
		return "string " + s;
	r := <-cr =>
		return sys->sprint("real %g", r);
	(n, s) := <-ct =>
		return sys->sprint("tuple %d %s", n, s);
	p := <-cp =>
		return sys->sprint("point (%d,%d)", p.x, p.y);
	l := <-cl =>
		t := 0;
		for(; l != nil; l = tl l)
			t += hd l;
		return sys->sprint("list sum %d", t);
	b := <-cb =>
		return sys->sprint("byte %c", int b);
	outq <-= 99 =>
		return "sent 99";
	* =>
		return "default";
	}
}

pollnosend(): string
{
	alt {
	v := <-ci =>
		return "int " + string v;
	s := <-cs =>
		return "string " + s;
	b := <-cb =>
		return sys->sprint("byte %c", int b);
	* =>
		return "default";
	}
}

sort(a: array of string)
{
	for(i := 1; i < len a; i++)
		for(j := i; j > 0 && a[j-1] > a[j]; j--)
			(a[j-1], a[j]) = (a[j], a[j-1]);
}
