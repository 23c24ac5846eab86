implement Queuetest;

include "sys.m";
	sys: Sys;
include "draw.m";

Queuetest: module {
	init: fn(nil: ref Draw->Context, nil: list of string);
};

# a generic-ish ring buffer of strings
Ring: adt {
	buf:	array of string;
	head, tail, n:	int;

	new:	fn(size: int): ref Ring;
	put:	fn(r: self ref Ring, s: string): int;
	get:	fn(r: self ref Ring): (string, int);
	dump:	fn(r: self ref Ring): string;
};

Ring.new(size: int): ref Ring
{
	return ref Ring(array[size] of string, 0, 0, 0);
}

Ring.put(r: self ref Ring, s: string): int
{
	if(r.n == len r.buf)
		return 0;
	r.buf[r.tail] = s;
	r.tail = (r.tail+1) % len r.buf;
	r.n++;
	return 1;
}

Ring.get(r: self ref Ring): (string, int)
{
	if(r.n == 0)
		return (nil, 0);
	s := r.buf[r.head];
	r.buf[r.head] = nil;
	r.head = (r.head+1) % len r.buf;
	r.n--;
	return (s, 1);
}

Ring.dump(r: self ref Ring): string
{
	s := "[";
	for(i := 0; i < r.n; i++){
		if(i > 0)
			s += " ";
		s += r.buf[(r.head+i) % len r.buf];
	}
	return s + "]";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := Ring.new(4);
	ops := "+a +b +c -  +d +e +f - - +g - - - - +h";
	(nil, l) := sys->tokenize(ops, " ");
	for(; l != nil; l = tl l){
		op := hd l;
		if(op[0] == '+'){
			res := "ok";
			if(!r.put(op[1:]))
				res = "full";
			sys->print("put %s: %s %s\n", op[1:], res, r.dump());
		}else{
			(s, ok) := r.get();
			if(ok)
				sys->print("get -> %s %s\n", s, r.dump());
			else
				sys->print("get: empty\n");
		}
	}
	sys->print("final head=%d tail=%d n=%d\n", r.head, r.tail, r.n);
}
