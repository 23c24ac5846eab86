implement Streams;

include "sys.m";
	sys: Sys;
include "draw.m";

Streams: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# a demand-driven stream: send 1 on req to get the next value on val,
# send 0 on req to shut the producer (and everything upstream) down.
Stream: adt {
	req: chan of int;
	val: chan of int;
	name: string;
	next: fn(s: self ref Stream): int;
	stop: fn(s: self ref Stream);
};

Stream.next(s: self ref Stream): int
{
	s.req <-= 1;
	return <-s.val;
}

Stream.stop(s: self ref Stream)
{
	s.req <-= 0;
	<-s.val;	# acknowledgement
}

newstream(name: string): ref Stream
{
	return ref Stream(chan of int, chan of int, name);
}

stopped := 0;

finish(s: ref Stream)
{
	stopped++;
	s.val <-= -1;
}

countfrom(s: ref Stream, n, step: int)
{
	while(<-s.req){
		s.val <-= n;
		n += step;
	}
	finish(s);
}

mapproc(s: ref Stream, f: ref fn(x: int): int, up: ref Stream)
{
	while(<-s.req)
		s.val <-= f(up.next());
	up.stop();
	finish(s);
}

filterproc(s: ref Stream, p: ref fn(x: int): int, up: ref Stream)
{
	while(<-s.req){
		x := up.next();
		while(!p(x))
			x = up.next();
		s.val <-= x;
	}
	up.stop();
	finish(s);
}

zipproc(s: ref Stream, f: ref fn(a, b: int): int, a, b: ref Stream)
{
	while(<-s.req)
		s.val <-= f(a.next(), b.next());
	a.stop();
	b.stop();
	finish(s);
}

scanproc(s: ref Stream, f: ref fn(a, b: int): int, acc: int, up: ref Stream)
{
	while(<-s.req){
		acc = f(acc, up.next());
		s.val <-= acc;
	}
	up.stop();
	finish(s);
}

nats(from, step: int): ref Stream
{
	s := newstream("count");
	spawn countfrom(s, from, step);
	return s;
}

smap(f: ref fn(x: int): int, up: ref Stream): ref Stream
{
	s := newstream("map(" + up.name + ")");
	spawn mapproc(s, f, up);
	return s;
}

sfilter(p: ref fn(x: int): int, up: ref Stream): ref Stream
{
	s := newstream("filter(" + up.name + ")");
	spawn filterproc(s, p, up);
	return s;
}

szip(f: ref fn(a, b: int): int, a, b: ref Stream): ref Stream
{
	s := newstream("zip(" + a.name + "," + b.name + ")");
	spawn zipproc(s, f, a, b);
	return s;
}

sscan(f: ref fn(a, b: int): int, acc: int, up: ref Stream): ref Stream
{
	s := newstream("scan(" + up.name + ")");
	spawn scanproc(s, f, acc, up);
	return s;
}

take(s: ref Stream, n: int): string
{
	r := s.name + ":";
	for(i := 0; i < n; i++)
		r += " " + string s.next();
	s.stop();
	return r;
}

square(x: int): int { return x * x; }
odd(x: int): int { return x % 2 == 1; }
notdiv3(x: int): int { return x % 3 != 0; }
add(a, b: int): int { return a + b; }
mul(a, b: int): int { return a * b; }
palin(x: int): int
{
	s := string x;
	for(i := 0; i < len s / 2; i++)
		if(s[i] != s[len s - 1 - i])
			return 0;
	return 1;
}

verdict(x, y: int): string
{
	if(x == y)
		return "same";
	return "diff";
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%s\n", take(nats(0, 1), 10));
	sys->print("%s\n", take(smap(square, nats(1, 1)), 8));
	sys->print("%s\n", take(sfilter(odd, smap(square, nats(1, 1))), 6));
	sys->print("%s\n", take(szip(add, nats(0, 10), nats(100, -1)), 5));
	sys->print("%s\n", take(sscan(add, 0, nats(1, 1)), 10));
	sys->print("%s\n", take(sscan(mul, 1, nats(1, 1)), 8));
	sys->print("%s\n", take(sfilter(palin, smap(square, nats(1, 1))), 7));
	sys->print("%s\n", take(sfilter(notdiv3, sfilter(odd, nats(1, 1))), 8));
	# interleave manual pulls from two live streams
	a := smap(square, nats(1, 1));
	b := sscan(add, 0, nats(1, 2));
	for(i := 0; i < 5; i++){
		x := a.next();
		y := b.next();
		sys->print("pull %d: %d %d %s\n", i, x, y, verdict(x, y));
	}
	a.stop();
	b.stop();
	sys->print("producers stopped: %d\n", stopped);
}
