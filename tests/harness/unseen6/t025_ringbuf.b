implement RingBuf;

include "sys.m";
	sys: Sys;
include "draw.m";

RingBuf: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Ring: adt[T] {
	buf:	array of T;
	head:	int;
	count:	int;
	dropped:	int;

	new:	fn(n: int): ref Ring[T];
	put:	fn(r: self ref Ring[T], x: T);
	get:	fn(r: self ref Ring[T]): T;
	full:	fn(r: self ref Ring[T]): int;
};

Ring[T].new(n: int): ref Ring[T]
{
	return ref Ring[T](array[n] of T, 0, 0, 0);
}

Ring[T].full(r: self ref Ring[T]): int
{
	return r.count == len r.buf;
}

# overwriting put: when full the oldest element is lost
Ring[T].put(r: self ref Ring[T], x: T)
{
	if(r.full()){
		r.head = (r.head + 1) % len r.buf;
		r.count--;
		r.dropped++;
	}
	r.buf[(r.head + r.count) % len r.buf] = x;
	r.count++;
}

Ring[T].get(r: self ref Ring[T]): T
{
	if(r.count == 0)
		raise "ring: empty";
	x := r.buf[r.head];
	r.head = (r.head + 1) % len r.buf;
	r.count--;
	return x;
}

Sample: adt {
	v:	int;
	x:	real;
};

# A bounded channel built from a ring: a buffer thread serves puts and gets with alt.
buffer(size: int, in: chan of int, out: chan of int, done: chan of (int, int))
{
	r := Ring[ref Sample].new(size);
	maxfill := 0;
	closed := 0;
	dummy := chan of int;
	for(;;){
		ic := in;
		oc := out;
		if(r.full() || closed)
			ic = dummy;
		if(r.count == 0){
			if(closed)
				break;
			oc = dummy;
		}
		v := 0;
		if(r.count > 0)
			v = r.buf[r.head].v;
		alt {
		x := <-ic =>
			if(x < 0)
				closed = 1;
			else
				r.put(ref Sample(x, 0.0));
			if(r.count > maxfill)
				maxfill = r.count;
		oc <-= v =>
			r.get();
		}
	}
	out <-= -1;
	done <-= (maxfill, r.dropped);
}

producer(in: chan of int, n: int)
{
	for(i := 1; i <= n; i++)
		in <-= i*i;
	in <-= -1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := Ring[string].new(4);
	words := array[] of {"one", "two", "three", "four", "five", "six"};
	for(i := 0; i < len words; i++)
		r.put(words[i]);
	s := "";
	while(r.count > 0)
		s += r.get() + " ";
	sys->print("ring of 4 after 6 puts: %s(dropped %d)\n", s, r.dropped);
	{
		r.get();
	} exception e {
	"ring:*" =>
		sys->print("caught %s\n", e);
	}
	rr := Ring[ref Sample].new(3);
	for(i = 1; i <= 10; i++){
		rr.put(ref Sample(i, real i / 4.0));
		sum := 0.0;
		for(k := 0; k < rr.count; k++)
			sum += rr.buf[(rr.head + k) % len rr.buf].x;
		if(i % 3 == 1)
			sys->print("moving avg at %d: %.4f\n", i, sum / real rr.count);
	}
	in := chan of int;
	out := chan of int;
	done := chan of (int, int);
	spawn buffer(5, in, out, done);
	spawn producer(in, 20);
	total := 0;
	n := 0;
	for(;;){
		v := <-out;
		if(v < 0)
			break;
		total += v;
		n++;
	}
	(maxfill, dropped) := <-done;
	sys->print("consumed %d values, sum of squares %d, dropped %d, maxfill<=5: %d\n", n, total, dropped, maxfill <= 5);
}
