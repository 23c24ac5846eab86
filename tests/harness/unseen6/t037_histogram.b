implement Histogram;

include "sys.m";
	sys: Sys;
include "draw.m";

Histogram: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

NBUCKET: con 8;

Hist: adt {
	lo, hi:	int;
	counts:	array of int;
	n:	int;

	new:	fn(lo, hi: int): ref Hist;
	add:	fn(h: self ref Hist, v: int);
	draw:	fn(h: self ref Hist);
};

Hist.new(lo, hi: int): ref Hist
{
	return ref Hist(lo, hi, array[NBUCKET] of {* => 0}, 0);
}

Hist.add(h: self ref Hist, v: int)
{
	# bug: values equal to hi land one past the last bucket
	b := (v - h.lo) * NBUCKET / (h.hi - h.lo);
	h.counts[b]++;
	h.n++;
}

Hist.draw(h: self ref Hist)
{
	w := (h.hi - h.lo) / NBUCKET;
	for(i := 0; i < NBUCKET; i++){
		bar := "";
		for(k := 0; k < h.counts[i]; k++)
			bar += "*";
		sys->print("[%3d,%3d) %3d %s\n", h.lo + i*w, h.lo + (i+1)*w, h.counts[i], bar);
	}
	sys->print("n=%d\n", h.n);
}

seed := 7;
next(): int
{
	seed = (seed * 75 + 74) % 65537;
	return seed;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h := Hist.new(0, 80);
	for(i := 0; i < 40; i++){
		# sum of three draws approximates a bell curve
		v := (next() % 27) + (next() % 27) + (next() % 27);
		h.add(v);
	}
	h.draw();
	sys->print("adding boundary samples\n");
	samples := array[] of {0, 79, 40, 80, 5};
	for(i = 0; i < len samples; i++){
		sys->print("add %d\n", samples[i]);
		h.add(samples[i]);
	}
	h.draw();
}
