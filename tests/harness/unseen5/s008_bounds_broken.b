implement BoundsBroken;

include "sys.m";
	sys: Sys;
include "draw.m";

BoundsBroken: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Ring: adt {
	buf:	array of int;
	head:	int;
	n:	int;

	new:	fn(size: int): ref Ring;
	push:	fn(r: self ref Ring, v: int);
	peek:	fn(r: self ref Ring, i: int): int;
};

Ring.new(size: int): ref Ring
{
	return ref Ring(array[size] of {* => 0}, 0, 0);
}

Ring.push(r: self ref Ring, v: int)
{
	r.buf[(r.head + r.n) % len r.buf] = v;
	if(r.n < len r.buf)
		r.n++;
	else
		r.head = (r.head + 1) % len r.buf;
}

# bug: forgets to reduce the index modulo the buffer length
Ring.peek(r: self ref Ring, i: int): int
{
	return r.buf[r.head + i];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := Ring.new(5);
	for(v := 10; v <= 70; v += 10){
		r.push(v);
		sys->print("pushed %d (n=%d head=%d)\n", v, r.n, r.head);
	}
	for(i := 0; i < r.n; i++)
		sys->print("peek %d = %d\n", i, r.peek(i));
	sys->print("not reached\n");
}
