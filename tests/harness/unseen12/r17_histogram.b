implement Histogram;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "math.m";
	math: Math;

Histogram: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

FILE: con "/tmp/r_scores.txt";

Hist: adt {
	lo, width:	int;
	bins:	array of int;
	n:	int;
	sum, sumsq:	real;
	min, max:	int;

	new:	fn(lo, width, nbins: int): ref Hist;
	add:	fn(h: self ref Hist, v: int);
	mean:	fn(h: self ref Hist): real;
	stddev:	fn(h: self ref Hist): real;
	draw:	fn(h: self ref Hist);
};

Hist.new(lo, width, nbins: int): ref Hist
{
	return ref Hist(lo, width, array[nbins] of {* => 0}, 0, 0.0, 0.0, 16r7fffffff, -1);
}

Hist.add(h: self ref Hist, v: int)
{
	# bin index; a perfect score lands one past the last bin
	h.bins[(v - h.lo) / h.width]++;
	h.n++;
	h.sum += real v;
	h.sumsq += real v * real v;
	if(v < h.min)
		h.min = v;
	if(v > h.max)
		h.max = v;
}

Hist.mean(h: self ref Hist): real
{
	return h.sum / real h.n;
}

Hist.stddev(h: self ref Hist): real
{
	m := h.mean();
	return math->sqrt(h.sumsq / real h.n - m*m);
}

Hist.draw(h: self ref Hist)
{
	for(i := 0; i < len h.bins; i++){
		lo := h.lo + i*h.width;
		bar := "";
		for(j := 0; j < h.bins[i]; j++)
			bar += "#";
		sys->print("%3d-%-3d |%-12s| %d\n", lo, lo+h.width-1, bar, h.bins[i]);
	}
	sys->print("n=%d min=%d max=%d mean=%.2f sd=%.3f\n",
		h.n, h.min, h.max, h.mean(), h.stddev());
}

writescores(scores: array of int)
{
	b := bufio->create(FILE, Bufio->OWRITE, 8r644);
	for(i := 0; i < len scores; i++){
		b.puts(sys->sprint("%d", scores[i]));
		if(i % 8 == 7)
			b.putc('\n');
		else
			b.putc(' ');
	}
	b.putc('\n');
	b.close();
}

readscores(h: ref Hist): int
{
	b := bufio->open(FILE, Bufio->OREAD);
	nl := 0;
	while((line := b.gets('\n')) != nil){
		nl++;
		(nil, toks) := sys->tokenize(line, " \n");
		for(; toks != nil; toks = tl toks)
			h.add(int hd toks);
		sys->print("after line %d: %d scores\n", nl, h.n);
	}
	b.close();
	return nl;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	math = load Math Math->PATH;

	class1 := array[] of {72, 85, 91, 64, 55, 78, 88, 93, 47, 69, 74, 81, 99, 62, 58, 77};
	writescores(class1);
	h := Hist.new(0, 10, 10);
	readscores(h);
	h.draw();

	# the second class has a perfect score
	class2 := array[] of {66, 71, 84, 90, 59, 73, 88, 95, 100, 67};
	writescores(class2);
	h = Hist.new(0, 10, 10);
	{
		readscores(h);
	} exception {
	* =>
		sys->remove(FILE);
		raise;	# pass it on
	}
	h.draw();
}
