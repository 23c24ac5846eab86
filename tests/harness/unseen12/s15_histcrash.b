implement HistCrash;

include "sys.m";
	sys: Sys;
include "draw.m";

HistCrash: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

NBIN: con 8;
WIDTH: con 10;

Ring: adt {
	buf: array of int;
	head, n: int;

	new: fn(size: int): ref Ring;
	put: fn(r: self ref Ring, v: int);
	last: fn(r: self ref Ring, k: int): int;
};

Ring.new(size: int): ref Ring
{
	return ref Ring(array[size] of {* => 0}, 0, 0);
}

Ring.put(r: self ref Ring, v: int)
{
	r.buf[r.head] = v;
	r.head = (r.head + 1) % len r.buf;
	if(r.n < len r.buf)
		r.n++;
}

# k-th most recent value (0 = newest); no check on k on purpose
Ring.last(r: self ref Ring, k: int): int
{
	i := r.head - 1 - k;
	if(i < 0)
		i += len r.buf;
	return r.buf[i];
}

parse(s: string): array of int
{
	(n, toks) := sys->tokenize(s, ", \t");
	a := array[n] of int;
	for(i := 0; toks != nil; toks = tl toks)
		a[i++] = int hd toks;
	return a;
}

bar(n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s += "#";
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	data := parse("12, 7, 33, 45, 2, 78, 64, 19, 23, 38,31 , 5, 71, 9, 44, 50, 79, 0, 27");
	sys->print("%d samples\n", len data);

	hist := array[NBIN] of {* => 0};
	ring := Ring.new(4);
	for(i := 0; i < len data; i++) {
		hist[data[i] / WIDTH]++;
		ring.put(data[i]);
	}
	for(b := 0; b < NBIN; b++)
		sys->print("%2d-%2d |%-8s| %d\n", b * WIDTH, b * WIDTH + WIDTH - 1, bar(hist[b]), hist[b]);

	sys->print("last four:");
	for(k := 0; k < 4; k++)
		sys->print(" %d", ring.last(k));
	sys->print("\n");
	# k beyond the ring wraps only once: 4 lands on the newest again
	sys->print("ring.last(4) = %d\n", ring.last(4));

	# now a sample that does not fit any bin: the histogram has no overflow bin
	more := parse("15 25 85");
	for(i = 0; i < len more; i++) {
		sys->print("adding %d to bin %d\n", more[i], more[i] / WIDTH);
		hist[more[i] / WIDTH]++;
	}
	sys->print("not reached\n");
}
