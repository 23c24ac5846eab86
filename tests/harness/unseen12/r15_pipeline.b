implement Pipeline;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

Pipeline: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

TEXT := "It was the best of times, it was the worst of times,\n" +
	"it was the age of wisdom, it was the age of foolishness,\n" +
	"it was the epoch of belief, it was the epoch of incredulity,\n" +
	"it was the season of Light, it was the season of Darkness.\n";

STOP := array[] of {"it", "was", "the", "of"};

# stage 1: split the text into lower-case words
words(b: ref Iobuf, out: chan of string)
{
	while((line := b.gets('\n')) != nil){
		(nil, toks) := sys->tokenize(line, " ,.\n");
		for(; toks != nil; toks = tl toks)
			out <-= str->tolower(hd toks);
	}
	out <-= nil;
}

# stage 2: drop stop words, counting how many were dropped
filter(in, out: chan of string, dropped: chan of int)
{
	n := 0;
	while((w := <-in) != nil){
		stop := 0;
		for(i := 0; i < len STOP; i++)
			if(STOP[i] == w)
				stop = 1;
		if(stop)
			n++;
		else
			out <-= w;
	}
	out <-= nil;
	dropped <-= n;
}

# stage 3: count occurrences, keeping first-seen order
Count: adt {
	word:	string;
	n:	int;
};

counter(in: chan of string, result: chan of array of ref Count)
{
	a := array[4] of ref Count;
	n := 0;
	while((w := <-in) != nil){
		found := 0;
		for(i := 0; i < n; i++)
			if(a[i].word == w){
				a[i].n++;
				found = 1;
				break;
			}
		if(!found){
			if(n == len a)
				a = (array[2*n] of ref Count)[0:] = a;
			a[n++] = ref Count(w, 1);
		}
	}
	result <-= a[0:n];
}

# a worker pool that squares numbers; replies carry the index so the
# collector can put them back in order whatever the interleaving
Job: adt {
	idx:	int;
	val:	int;
};

worker(id: int, jobs: chan of ref Job, done: chan of (int, int, int))
{
	for(;;){
		j := <-jobs;
		if(j == nil)
			break;
		done <-= (j.idx, j.val * j.val, id);
	}
	done <-= (-1, 0, id);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;

	c1 := chan of string;
	c2 := chan of string;
	dropped := chan of int;
	result := chan of array of ref Count;
	spawn words(bufio->sopen(TEXT), c1);
	spawn filter(c1, c2, dropped);
	spawn counter(c2, result);

	counts := <-result;
	nd := <-dropped;
	sys->print("%d distinct words kept, %d stop words dropped\n", len counts, nd);
	for(i := 0; i < len counts; i++)
		if(counts[i].n > 1)
			sys->print("  %-8s %d\n", counts[i].word, counts[i].n);
	once := "";
	for(i = 0; i < len counts; i++)
		if(counts[i].n == 1)
			once += " " + counts[i].word;
	sys->print("  once:%s\n", once);

	NW: con 3;
	jobs := chan of ref Job;
	done := chan of (int, int, int);
	for(w := 0; w < NW; w++)
		spawn worker(w, jobs, done);
	N: con 10;
	squares := array[N] of int;
	spawn feeder(jobs, N, NW);
	finished := 0;
	total := 0;
	while(finished < NW){
		(idx, sq, nil) := <-done;
		if(idx < 0){
			finished++;
			continue;
		}
		squares[idx] = sq;
		total++;
	}
	sys->print("%d results:", total);
	for(i = 0; i < N; i++)
		sys->print(" %d", squares[i]);
	sys->print("\n");
}

feeder(jobs: chan of ref Job, n, nworkers: int)
{
	for(i := 0; i < n; i++)
		jobs <-= ref Job(i, i+1);
	for(i = 0; i < nworkers; i++)
		jobs <-= nil;
}
