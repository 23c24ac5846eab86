implement LenHist;

include "sys.m";
	sys: Sys;
include "draw.m";

LenHist: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

text := array[] of {
	"It was a bright cold day in April",
	"and the clocks were striking thirteen",
	"Winston Smith his chin nuzzled into his breast",
	"slipped quickly through the glass doors of Victory Mansions",
	"though not quickly enough to prevent a swirl of gritty dust",
	"from entering along with him",
	"the hallway smelt of boiled cabbage and old rag mats",
	"at one end of it a coloured poster too large for indoor display",
	"had been tacked to the wall",
	"supercalifragilistic words break the histogram",
};

MAXLEN: con 10;

# stage 1: lines -> words
splitter(lines: array of string, out: chan of string)
{
	for(i := 0; i < len lines; i++){
		(nil, ws) := sys->tokenize(lines[i], " ");
		for(; ws != nil; ws = tl ws)
			out <-= hd ws;
	}
	out <-= nil;
}

# stage 2: words -> (length, word), lower-casing on the way
measure(in: chan of string, out: chan of (int, string))
{
	while((w := <-in) != nil){
		for(i := 0; i < len w; i++)
			if(w[i] >= 'A' && w[i] <= 'Z')
				w[i] += 'a' - 'A';
		out <-= (len w, w);
	}
	out <-= (-1, nil);
}

bar(n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s[i] = '#';
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := chan[4] of string;
	sized := chan[4] of (int, string);
	spawn splitter(text, words);
	spawn measure(words, sized);

	# gather everything first; the pipeline threads are finished after this
	all: list of (int, string);
	for(;;){
		(n, w) := <-sized;
		if(n < 0)
			break;
		all = (n, w) :: all;
	}
	rev: list of (int, string);
	for(; all != nil; all = tl all)
		rev = hd all :: rev;

	hist := array[MAXLEN] of {* => 0};
	longest := "";
	seen := 0;
	for(; rev != nil; rev = tl rev){
		(n, w) := hd rev;
		seen++;
		if(n > len longest)
			longest = w;
		if(seen % 20 == 0)
			sys->print("after %d words the longest is %q\n", seen, longest);
		hist[n]++;	# assumes no word reaches MAXLEN letters
	}
	sys->print("words %d\n", seen);
	for(i := 1; i < MAXLEN; i++)
		sys->print("%2d %3d %s\n", i, hist[i], bar(hist[i]));
}
