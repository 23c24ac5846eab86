implement RingOverflow;

include "sys.m";
	sys: Sys;
include "draw.m";

RingOverflow: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Full: exception(int);
Empty: exception;

Ring: adt {
	buf:	array of int;
	head:	int;
	n:	int;

	new:	fn(size: int): ref Ring;
	put:	fn(r: self ref Ring, v: int) raises (Full);
	get:	fn(r: self ref Ring): int raises (Empty);
	dump:	fn(r: self ref Ring): string;
};

Ring.new(size: int): ref Ring
{
	return ref Ring(array[size] of {* => 0}, 0, 0);
}

Ring.put(r: self ref Ring, v: int) raises (Full)
{
	if(r.n == len r.buf)
		raise Full(v);
	r.buf[(r.head + r.n) % len r.buf] = v;
	r.n++;
}

Ring.get(r: self ref Ring): int raises (Empty)
{
	if(r.n == 0)
		raise Empty;
	v := r.buf[r.head];
	r.head = (r.head + 1) % len r.buf;
	r.n--;
	return v;
}

Ring.dump(r: self ref Ring): string
{
	s := "[";
	for(i := 0; i < r.n; i++) {
		if(i > 0)
			s += " ";
		s += string r.buf[(r.head + i) % len r.buf];
	}
	return s + "]";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := Ring.new(4);
	for(v := 1; v <= 6; v++) {
		{
			r.put(v * 11);
			sys->print("put %d: %s\n", v * 11, r.dump());
		} exception e {
		Full =>
			x := e;
			sys->print("full, dropped %d\n", x);
		}
	}
	for(k := 0; k < 6; k++) {
		{
			sys->print("get %d, left %s\n", r.get(), r.dump());
		} exception {
		Empty =>
			sys->print("empty\n");
		}
	}
	# wrap around several times
	for(v = 0; v < 8; v++) {
		r.put(v);
		if(v % 3 == 2)
			sys->print("drained %d\n", r.get() + r.get());
	}
	sys->print("state %s head=%d\n", r.dump(), r.head);

	# a raw peek past the storage is a runtime error nobody catches
	peek := r.head + r.n + len r.buf;
	sys->print("peeking at slot %d of %d\n", peek, len r.buf);
	sys->print("value %d\n", r.buf[peek]);
	sys->print("not reached\n");
}
