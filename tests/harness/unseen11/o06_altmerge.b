implement AltMerge;

include "sys.m";
	sys: Sys;
include "draw.m";

AltMerge: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# three sources of different types, merged with alt.
# the interleaving is up to the scheduler, so we only report
# order-independent facts: per-source counts, sums and sequence checks.

temps(c: chan of int, n: int)
{
	for(i := 0; i < n; i++)
		c <-= 15 + (i*7) % 11;
	c <-= -999;
}

names(c: chan of string, words: list of string)
{
	for(; words != nil; words = tl words)
		c <-= hd words;
	c <-= nil;
}

pairs(c: chan of (int, real), n: int)
{
	for(i := 1; i <= n; i++)
		c <-= (i, real i / 4.0);
	c <-= (0, 0.0);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tc := chan of int;
	nc := chan of string;
	pc := chan of (int, real);
	spawn temps(tc, 12);
	spawn names(nc, "ash" :: "birch" :: "cedar" :: "elm" :: "fir" :: "hazel" :: nil);
	spawn pairs(pc, 9);

	open := 3;
	tcount := 0; tsum := 0; tmin := 1000; tmax := -1000;
	ncount := 0; nchars := 0; lastname := ""; inorder := 1;
	pcount := 0; psum := 0.0; lastidx := 0; seqok := 1;
	while(open > 0){
		alt{
		t := <-tc =>
			if(t == -999){
				tc = chan of int;	# nobody writes here: arm goes quiet
				open--;
				break;
			}
			tcount++;
			tsum += t;
			if(t < tmin) tmin = t;
			if(t > tmax) tmax = t;
		s := <-nc =>
			if(s == nil){
				nc = chan of string;
				open--;
				break;
			}
			ncount++;
			nchars += len s;
			if(s < lastname)
				inorder = 0;
			lastname = s;
		(i, r) := <-pc =>
			if(i == 0){
				pc = chan of (int, real);
				open--;
				break;
			}
			pcount++;
			psum += r;
			if(i != lastidx+1)
				seqok = 0;
			lastidx = i;
		}
	}
	sys->print("temps: n=%d sum=%d min=%d max=%d\n", tcount, tsum, tmin, tmax);
	sys->print("names: n=%d chars=%d last=%s sorted=%d\n", ncount, nchars, lastname, inorder);
	sys->print("pairs: n=%d sum=%.2f sequential=%d\n", pcount, psum, seqok);
	sys->print("all sources closed\n");
}
