implement NegArray;

include "sys.m";
	sys: Sys;
include "draw.m";

NegArray: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Histogram: adt {
	lo, hi: int;
	bins: array of int;

	new: fn(lo, hi: int): ref Histogram;
	add: fn(h: self ref Histogram, v: int);
	show: fn(h: self ref Histogram);
};

Histogram.new(lo, hi: int): ref Histogram
{
	sys->print("new histogram [%d,%d]\n", lo, hi);
	return ref Histogram(lo, hi, array[hi - lo + 1] of {* => 0});
}

Histogram.add(h: self ref Histogram, v: int)
{
	if(v < h.lo)
		v = h.lo;
	if(v > h.hi)
		v = h.hi;
	h.bins[v - h.lo]++;
}

Histogram.show(h: self ref Histogram)
{
	for(i := 0; i < len h.bins; i++){
		bar := "";
		for(j := 0; j < h.bins[i]; j++)
			bar += "#";
		sys->print("%3d | %s\n", h.lo + i, bar);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	data := array[] of {3, 5, 1, 4, 4, 2, 5, 5, 9, -2, 3, 4};
	h := Histogram.new(1, 6);
	for(i := 0; i < len data; i++)
		h.add(data[i]);
	h.show();
	# reversed bounds produce a negative size
	sys->fprint(sys->fildes(2), "building reversed histogram\n");
	h2 := Histogram.new(10, 5);
	h2.show();
	sys->print("not reached\n");
}
