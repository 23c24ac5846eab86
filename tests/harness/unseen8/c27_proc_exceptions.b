implement ProcExceptions;

include "sys.m";
	sys: Sys;
include "draw.m";

ProcExceptions: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Outcome: adt {
	id:	int;
	ok:	int;
	text:	string;
};

task(id: int): int
{
	a := array[5] of {1, 2, 3, 4, 5};
	case id % 4 {
	0 =>
		s := 0;
		for(i := 0; i < len a; i++)
			s += a[i] * id;
		return s;
	1 =>
		return a[id + 10];
	2 =>
		raise sys->sprint("task %d refuses", id);
	3 =>
		z := id - id;
		return id / z;
	}
	return 0;
}

# every worker converts its own exception into a message
worker(id: int, out: chan of ref Outcome)
{
	{
		v := task(id);
		out <-= ref Outcome(id, 1, string v);
	} exception e {
	"array bounds*" =>
		out <-= ref Outcome(id, 0, "bounds: " + e);
	"task*" =>
		out <-= ref Outcome(id, 0, "refused: " + e);
	"*" =>
		out <-= ref Outcome(id, 0, "arith trap");
	}
}

# this one lets its exception escape; the prog just dies
crasher(pidc: chan of int, go: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	<-go;
	raise "crasher gave up";
}

alive(pid: int): int
{
	return sys->open(sys->sprint("/prog/%d/status", pid), Sys->OREAD) != nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	N: con 8;
	out := chan of ref Outcome;
	for(i := 0; i < N; i++)
		spawn worker(i, out);
	res := array[N] of ref Outcome;
	for(i = 0; i < N; i++) {
		o := <-out;
		res[o.id] = o;
	}
	good := 0;
	for(i = 0; i < N; i++) {
		o := res[i];
		if(o.ok) {
			good++;
			sys->print("worker %d: value %s\n", o.id, o.text);
		} else
			sys->print("worker %d: failed, %s\n", o.id, o.text);
	}
	sys->print("%d succeeded, %d failed\n", good, N - good);

	pidc := chan of int;
	go := chan of int;
	spawn crasher(pidc, go);
	pid := <-pidc;
	sys->print("crasher alive before: %d\n", alive(pid));
	go <-= 1;
	sys->sleep(50);
	sys->print("crasher alive after: %d\n", alive(pid));
	sys->print("main continues unaffected\n");
}
