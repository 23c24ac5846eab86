implement Logger;

include "sys.m";
	sys: Sys;
include "draw.m";

Logger: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

DEBUG, INFO, WARN, ERROR: con iota;
levelnames := array[] of {"DEBUG", "INFO", "WARN", "ERROR"};

Sink: adt {
	name:	string;
	min:	int;
	write:	ref fn(s: ref Sink, line: string);
	fd:	ref Sys->FD;
	count:	int;
	buf:	list of string;
};

sinks: list of ref Sink;
seq := 0;
LOGFILE: con "/tmp/r029.log";

console(s: ref Sink, line: string)
{
	sys->print("[%s] %s\n", s.name, line);
}

tofile(s: ref Sink, line: string)
{
	sys->fprint(s.fd, "%s\n", line);
}

memory(s: ref Sink, line: string)
{
	s.buf = line :: s.buf;
	if(len s.buf > 3)	# keep last three
		s.buf = hd s.buf :: hd tl s.buf :: hd tl tl s.buf :: nil;
}

logf(level: int, msg: string)
{
	seq++;
	line := sys->sprint("%04d %-5s %s", seq, levelnames[level], msg);
	for(l := sinks; l != nil; l = tl l){
		s := hd l;
		if(level >= s.min){
			s.write(s, line);
			s.count++;
		}
	}
}

work(n: int): int
{
	logf(DEBUG, sys->sprint("work(%d) start", n));
	if(n < 0){
		logf(ERROR, "negative input");
		raise "work: bad input";
	}
	r := 1;
	for(i := 2; i <= n; i++)
		r *= i;
	if(r > 1000)
		logf(WARN, sys->sprint("large result %d", r));
	logf(INFO, sys->sprint("work(%d) = %d", n, r));
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(LOGFILE, Sys->OWRITE, 8r644);
	mem := ref Sink("mem", DEBUG, memory, nil, 0, nil);
	sinks = ref Sink("console", WARN, console, nil, 0, nil) ::
		ref Sink("file", INFO, tofile, fd, 0, nil) ::
		mem :: nil;
	logf(INFO, "starting");
	for(n := 3; n >= -1; n -= 2){
		{
			work(n*3);
		}exception e{
		"work:*" =>
			logf(ERROR, "caught " + e);
		}
	}
	logf(DEBUG, "done");
	fd = nil;
	for(l := sinks; l != nil; l = tl l)
		sys->print("sink %s: %d lines\n", (hd l).name, (hd l).count);
	sys->print("memory ring:\n");
	for(b := mem.buf; b != nil; b = tl b)
		sys->print("  %s\n", hd b);
	rfd := sys->open(LOGFILE, Sys->OREAD);
	data := array[4096] of byte;
	k := sys->read(rfd, data, len data);
	sys->print("log file:\n%s", string data[0:k]);
}
