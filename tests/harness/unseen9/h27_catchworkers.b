implement CatchWorkers;

include "sys.m";
	sys: Sys;
include "draw.m";

CatchWorkers: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Task: adt {
	kind:	string;
	a, b:	int;
};

Outcome: adt {
	seq:	int;
	ok:	int;
	text:	string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tasks := array[] of {
		Task("div", 84, 4),
		Task("char", 2, 0),
		Task("char", 12, 0),
		Task("index", 3, 0),
		Task("index", 9, 0),
		Task("nil", 0, 0),
		Task("user", 7, 0),
		Task("fail", 2, 0),
		Task("mod", 17, 5),
		Task("deep", 6, 0),
	};
	# a pool of guarded workers: a failing task must not take its worker down
	work := chan of (int, Task);
	out := chan of Outcome;
	for(w := 0; w < 3; w++)
		spawn guarded(work, out);
	spawn feed(work, tasks, 3);

	res := array[len tasks] of Outcome;
	for(i := 0; i < len tasks; i++){
		o := <-out;
		res[o.seq] = o;
	}
	nok := 0;
	for(i = 0; i < len tasks; i++){
		status := "ERR";
		if(res[i].ok){
			status = "ok ";
			nok++;
		}
		sys->print("%-5s %s %s\n", tasks[i].kind, status, res[i].text);
	}
	sys->print("%d succeeded, %d raised, all workers survived\n", nok, len tasks - nok);
}

feed(work: chan of (int, Task), tasks: array of Task, nworkers: int)
{
	for(i := 0; i < len tasks; i++)
		work <-= (i, tasks[i]);
	for(i = 0; i < nworkers; i++)
		work <-= (-1, Task(nil, 0, 0));
}

guarded(work: chan of (int, Task), out: chan of Outcome)
{
	for(;;){
		(seq, t) := <-work;
		if(seq < 0)
			return;
		o: Outcome;
		{
			o = Outcome(seq, 1, string perform(t));
		} exception e {
		"fail:*" =>
			o = Outcome(seq, 0, "failure (" + e[5:] + ")");
		"user:*" =>
			o = Outcome(seq, 0, "user error: " + e[5:]);
		"*" =>
			o = Outcome(seq, 0, "system: " + e);
		}
		out <-= o;
	}
}

perform(t: Task): int
{
	case t.kind {
	"div" =>
		return t.a / t.b;
	"char" =>
		s := "concurrent";
		return s[t.a];
	"mod" =>
		return t.a % t.b;
	"index" =>
		a := array[5] of {* => 11};
		return a[t.a];
	"nil" =>
		l: list of int;
		return hd l;
	"user" =>
		raise "user:lucky number " + string t.a;
	"fail" =>
		raise "fail:code " + string t.a;
	"deep" =>
		return recurse(t.a);
	}
	return -1;
}

recurse(n: int): int
{
	if(n == 0)
		raise "user:bottom reached";
	return recurse(n-1) + 1;
}
