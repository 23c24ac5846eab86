implement ThreadFail;

include "sys.m";
	sys: Sys;
include "draw.m";

ThreadFail: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Result: adt {
	id:	int;
	ok:	int;
	msg:	string;
};

parse(s: string): int
{
	n := 0;
	for(i := 0; i < len s; i++){
		if(s[i] < '0' || s[i] > '9')
			raise "parse:bad digit in " + s;
		n = n*10 + s[i] - '0';
	}
	return n;
}

# a worker that reports its own failures rather than dying
safeworker(id: int, s: string, out: chan of ref Result)
{
	{
		out <-= ref Result(id, 1, sys->sprint("%d", parse(s)*2));
	} exception e {
	"parse:*" =>
		out <-= ref Result(id, 0, e);
	}
}

# this one lets the exception escape the thread
rawworker(s: string, sync: chan of int)
{
	sync <-= 0;
	v := parse(s);
	sys->print("raw parsed %d\n", v);
	sync <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {"12", "x9", "300", "4a", "7"};
	out := chan of ref Result;
	for(i := 0; i < len inputs; i++)
		spawn safeworker(i, inputs[i], out);
	res := array[len inputs] of ref Result;
	for(i = 0; i < len inputs; i++){
		r := <-out;
		res[r.id] = r;
	}
	for(i = 0; i < len res; i++)
		sys->print("%d %-4s ok=%d %s\n", i, inputs[i], res[i].ok, res[i].msg);
	sync := chan of int;
	spawn rawworker("55", sync);
	<-sync;
	<-sync;
	spawn rawworker("5x5", sync);
	<-sync;
	sys->sleep(100);
	sys->print("main done\n");
}
