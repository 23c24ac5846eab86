implement Deadline;

include "sys.m";
	sys: Sys;
include "draw.m";

Deadline: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Request: adt {
	name:	string;
	cost:	int;	# simulated milliseconds of work
	arg:	int;
};

LIMIT: con 150;

timer(ms: int, pidc: chan of int, fire: chan of int)
{
	pidc <-= sys->pctl(0, nil);
	sys->sleep(ms);
	fire <-= ms;
}

worker(r: Request, pidc: chan of int, reply: chan of string)
{
	pidc <-= sys->pctl(0, nil);
	sys->sleep(r.cost);
	v := 1;
	for(i := 2; i <= r.arg; i++)
		v *= i;
	reply <-= sys->sprint("%d! = %d", r.arg, v);
}

kill(pid: int)
{
	fd := sys->open("/prog/" + string pid + "/ctl", Sys->OWRITE);
	if(fd != nil)
		sys->fprint(fd, "kill");
}

# issue one request with a deadline; the loser of the race is killed
call(r: Request): (int, string)
{
	pidc := chan of int;
	reply := chan of string;
	fire := chan of int;
	spawn worker(r, pidc, reply);
	wpid := <-pidc;
	spawn timer(LIMIT, pidc, fire);
	tpid := <-pidc;
	alt{
	s := <-reply =>
		kill(tpid);
		return (1, s);
	ms := <-fire =>
		kill(wpid);
		return (0, sys->sprint("timed out after %dms", ms));
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reqs := array[] of {
		Request("quick", 1, 5),
		Request("modest", 20, 7),
		Request("glacial", 900, 10),
		Request("snappy", 5, 3),
		Request("hopeless", 700, 12),
		Request("last", 10, 1),
	};
	nok := 0;
	for(i := 0; i < len reqs; i++){
		(ok, msg) := call(reqs[i]);
		tag := "ok  ";
		if(!ok)
			tag = "FAIL";
		else
			nok++;
		sys->print("%s %-9s %s\n", tag, reqs[i].name, msg);
	}
	sys->print("%d of %d requests met the %dms deadline\n", nok, len reqs, LIMIT);
}
