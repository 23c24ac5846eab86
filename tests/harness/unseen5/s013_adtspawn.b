implement AdtSpawn;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtSpawn: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Counter: adt {
	name:	string;
	value:	int;
	ops:	chan of int;
	report:	chan of string;

	new:	fn(name: string, start: int): ref Counter;
	run:	fn(c: self ref Counter);
	add:	fn(c: self ref Counter, d: int);
	show:	fn(c: self ref Counter): string;
};

Counter.new(name: string, start: int): ref Counter
{
	return ref Counter(name, start, chan of int, chan of string);
}

Counter.run(c: self ref Counter)
{
	for(;;){
		d := <-c.ops;
		if(d == 0){
			c.report <-= sys->sprint("%s final %d", c.name, c.value);
			return;
		}
		c.value += d;
		c.report <-= sys->sprint("%s %+d -> %d", c.name, d, c.value);
	}
}

Counter.add(c: self ref Counter, d: int)
{
	c.ops <-= d;
}

Counter.show(c: self ref Counter): string
{
	return <-c.report;
}

Stats: adt {
	lo, hi, sum, n: int;

	feed:	fn(s: self ref Stats, in: chan of int, done: chan of ref Stats);
};

Stats.feed(s: self ref Stats, in: chan of int, done: chan of ref Stats)
{
	while((v := <-in) != -1){
		if(s.n == 0 || v < s.lo)
			s.lo = v;
		if(s.n == 0 || v > s.hi)
			s.hi = v;
		s.sum += v;
		s.n++;
	}
	done <-= s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Counter.new("apples", 10);
	b := Counter.new("bananas", 0);
	spawn a.run();
	spawn b.run();
	deltas := array[] of {3, -5, 7, 2};
	for(i := 0; i < len deltas; i++){
		a.add(deltas[i]);
		sys->print("%s\n", a.show());
		b.add(deltas[i] * 10);
		sys->print("%s\n", b.show());
	}
	a.add(0);
	sys->print("%s\n", a.show());
	b.add(0);
	sys->print("%s\n", b.show());

	st := ref Stats(0, 0, 0, 0);
	in := chan of int;
	done := chan of ref Stats;
	spawn st.feed(in, done);
	vals := array[] of {17, 4, 99, 23, 56, 8};
	for(i = 0; i < len vals; i++)
		in <-= vals[i];
	in <-= -1;
	r := <-done;
	sys->print("stats n=%d lo=%d hi=%d sum=%d same=%d\n", r.n, r.lo, r.hi, r.sum, r == st);
}
