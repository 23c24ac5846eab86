#args: 4
implement Pipeline;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Pipeline: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

Result: adt {
	file: string;
	lines: int;
	words: int;
	bytes: int;
	worker: int;
};

texts := array[] of {
	"one line only\n",
	"alpha beta\ngamma delta epsilon\nzeta\n",
	"",
	"the end\nof the\nworld as\nwe know it\n\n",
	"tab\tseparated\tvalues\n1\t2\t3\n",
	"no trailing newline here",
};

fname(i: int): string
{
	return sys->sprint("/tmp/d30_part%d.txt", i);
}

# worker: take file names from jobs until nil, report on results
worker(id: int, jobs: chan of string, results: chan of ref Result)
{
	for(;;){
		f := <-jobs;
		if(f == nil)
			break;
		r := ref Result(f, 0, 0, 0, id);
		iob := bufio->open(f, Bufio->OREAD);
		if(iob != nil){
			inword := 0;
			while((c := iob.getc()) >= 0){
				r.bytes++;
				if(c == '\n')
					r.lines++;
				if(c == ' ' || c == '\t' || c == '\n')
					inword = 0;
				else if(!inword){
					inword = 1;
					r.words++;
				}
			}
			iob.close();
		} else
			r.lines = -1;
		results <-= r;
	}
	results <-= nil;	# this worker is done
}

# classic three-stage pipeline: generate -> filter -> square
generate(n: int, out: chan of int)
{
	for(i := 1; i <= n; i++)
		out <-= i;
	out <-= 0;
}

filter(in, out: chan of int, pred: ref fn(x: int): int)
{
	for(;;){
		v := <-in;
		if(v == 0)
			break;
		if(pred(v))
			out <-= v;
	}
	out <-= 0;
}

square(in, out: chan of int)
{
	while((v := <-in) != 0)
		out <-= v * v;
	out <-= 0;
}

notdiv3(x: int): int
{
	return x % 3 != 0;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	nworkers := 3;
	if(tl args != nil)
		nworkers = int hd tl args;
	if(nworkers < 1)
		nworkers = 1;

	for(i := 0; i < len texts; i++){
		fd := sys->create(fname(i), Sys->OWRITE, 8r644);
		b := array of byte texts[i];
		sys->write(fd, b, len b);
	}

	jobs := chan of string;
	results := chan of ref Result;
	for(w := 0; w < nworkers; w++)
		spawn worker(w, jobs, results);

	# feed jobs while collecting results, using alt to avoid deadlock
	all := array[len texts + 1] of ref Result;
	next := 0;
	sentinels := 0;
	done := 0;
	names := array[len texts + 1] of string;
	for(i = 0; i < len texts; i++)
		names[i] = fname(i);
	names[len texts] = "/tmp/d30_missing.txt";
	while(done < nworkers){
		if(next < len names + nworkers){
			f: string;
			if(next < len names)
				f = names[next];
			alt {
			jobs <-= f =>
				next++;
				if(f == nil)
					sentinels++;
			r := <-results =>
				if(r == nil)
					done++;
				else
					store(all, r);
			}
		} else {
			r := <-results;
			if(r == nil)
				done++;
			else
				store(all, r);
		}
	}
	sys->print("%d workers, %d sentinels sent\n", nworkers, sentinels);
	nl := nw := nb := 0;
	used := array[nworkers] of {* => 0};
	for(i = 0; i < len all; i++){
		r := all[i];
		used[r.worker]++;
		if(r.lines < 0){
			sys->print("%-22s unreadable\n", r.file);
			continue;
		}
		sys->print("%-22s %3d %3d %4d\n", r.file, r.lines, r.words, r.bytes);
		nl += r.lines;
		nw += r.words;
		nb += r.bytes;
	}
	sys->print("%-22s %3d %3d %4d\n", "total", nl, nw, nb);
	jobsdone := 0;
	for(w = 0; w < nworkers; w++)
		jobsdone += used[w];
	sys->print("jobs accounted for: %d\n", jobsdone);

	c1 := chan of int;
	c2 := chan of int;
	c3 := chan of int;
	spawn generate(20, c1);
	spawn filter(c1, c2, notdiv3);
	spawn square(c2, c3);
	sum := 0;
	s := "";
	while((v := <-c3) != 0){
		sum += v;
		s += " " + string v;
	}
	sys->print("squares of 1..20 not divisible by 3:%s\nsum %d\n", s, sum);

	for(i = 0; i < len texts; i++)
		sys->remove(fname(i));
}

store(all: array of ref Result, r: ref Result)
{
	# results arrive in any order; file the result by its name's index
	for(i := 0; i < len texts; i++)
		if(r.file == fname(i)){
			all[i] = r;
			return;
		}
	all[len texts] = r;
}
