implement LogPool;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

LogPool: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Stat: adt {
	file:	string;
	lines:	int;
	errors:	int;
	bytes:	int;
};

NFILES: con 6;
NWORKERS: con 3;

mkfiles()
{
	levels := array[] of {"INFO", "WARN", "ERROR", "INFO", "DEBUG"};
	for(f := 0; f < NFILES; f++){
		out := bufio->create(sys->sprint("/tmp/q053.%d.log", f), Bufio->OWRITE, 8r644);
		for(i := 0; i < 3 + f*2; i++)
			out.puts(sys->sprint("%s event %d from file %d\n", levels[(i*f + i) % len levels], i, f));
		out.close();
	}
}

worker(id: int, jobs: chan of string, results: chan of ref Stat, done: chan of int)
{
	handled := 0;
	while((name := <-jobs) != nil){
		b := bufio->open(name, Bufio->OREAD);
		st := ref Stat(name, 0, 0, 0);
		while((l := b.gets('\n')) != nil){
			st.lines++;
			st.bytes += len l;
			if(len l >= 5 && l[0:5] == "ERROR")
				st.errors++;
		}
		b.close();
		results <-= st;
		handled++;
	}
	done <-= handled;
	id = 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	mkfiles();
	jobs := chan of string;
	results := chan[NFILES] of ref Stat;
	done := chan of int;
	for(w := 0; w < NWORKERS; w++)
		spawn worker(w, jobs, results, done);
	for(f := 0; f < NFILES; f++)
		jobs <-= sys->sprint("/tmp/q053.%d.log", f);
	for(w = 0; w < NWORKERS; w++)
		jobs <-= nil;
	handled := 0;
	for(w = 0; w < NWORKERS; w++)
		handled += <-done;
	sys->print("workers handled %d files\n", handled);
	all := array[NFILES] of ref Stat;
	for(f = 0; f < NFILES; f++){
		s := <-results;
		# name ends with .N.log
		idx := s.file[len s.file - 5] - '0';
		all[idx] = s;
	}
	nl := 0;
	ne := 0;
	nb := 0;
	for(f = 0; f < NFILES; f++){
		s := all[f];
		sys->print("%-18s lines=%2d errors=%d bytes=%4d\n", s.file, s.lines, s.errors, s.bytes);
		nl += s.lines;
		ne += s.errors;
		nb += s.bytes;
		sys->remove(s.file);
	}
	sys->print("total lines=%d errors=%d bytes=%d\n", nl, ne, nb);
}
