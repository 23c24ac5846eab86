implement Workers;

include "sys.m";
	sys: Sys;
include "draw.m";

Workers: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Job: adt {
	id:	int;
	name:	string;
	data:	array of byte;
};

Result: adt {
	id:	int;
	worker:	int;
	sum:	int;
	adler:	int;
};

NWORK: con 4;

adler32(b: array of byte): int
{
	a := 1;
	s := 0;
	for(i := 0; i < len b; i++){
		a = (a + int b[i]) % 65521;
		s = (s + a) % 65521;
	}
	return (s << 16) | a;
}

bsdsum(b: array of byte): int
{
	s := 0;
	for(i := 0; i < len b; i++){
		s = (s >> 1) + ((s & 1) << 15);
		s = (s + int b[i]) & 16rFFFF;
	}
	return s;
}

worker(n: int, jobs: chan of ref Job, results: chan of ref Result)
{
	for(;;){
		j := <-jobs;
		if(j == nil)
			break;
		results <-= ref Result(j.id, n, bsdsum(j.data), adler32(j.data));
	}
	results <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names := array[] of {
		"/dis/sh.dis", "/dis/ls.dis", "/module/sys.m", "/lib/ndb/local",
		"/appl/cmd/cat.b", "/NOTICE", "/empty", "/dev/zero",
		"/fonts/lucm/unicode.9.font", "/README",
	};
	jobs := chan of ref Job;
	results := chan of ref Result;
	for(w := 0; w < NWORK; w++)
		spawn worker(w, jobs, results);
	spawn feeder(names, jobs);

	table := array[len names] of ref Result;
	done := 0;
	per := array[NWORK] of {* => 0};
	while(done < NWORK){
		r := <-results;
		if(r == nil){
			done++;
			continue;
		}
		table[r.id] = r;
		per[r.worker]++;
	}
	total := 0;
	for(i := 0; i < len table; i++){
		r := table[i];
		sys->print("%-28s %5d %.8ux\n", names[r.id], r.sum, r.adler);
		total += r.sum;
	}
	n := 0;
	for(w = 0; w < NWORK; w++)
		n += per[w];
	sys->print("%d jobs by %d workers, sum of sums %d\n", n, NWORK, total);
}

feeder(names: array of string, jobs: chan of ref Job)
{
	for(i := 0; i < len names; i++){
		# synthesise deterministic content from the name
		n := len names[i] * 37 + i;
		if(names[i] == "/empty")
			n = 0;
		d := array[n] of byte;
		for(k := 0; k < n; k++)
			d[k] = byte (names[i][k % len names[i]] + k);
		jobs <-= ref Job(i, names[i], d);
	}
	for(w := 0; w < NWORK; w++)
		jobs <-= nil;
}
