implement SpawnExc;

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnExc: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

worker(id: int, ready: chan of int, results: chan of string)
{
	ready <-= id;
	{
		if(id % 2 == 0)
			raise "fail:even worker";
		results <-= sys->sprint("worker %d ok", id);
	} exception e {
	"fail:*" =>
		results <-= sys->sprint("worker %d handled %s", id, e);
		raise "fail:worker " + string id + " gives up";
	}
}

crasher(done: chan of int)
{
	a := array[2] of {* => 1};
	sys->print("crasher: about to index element 5\n");
	done <-= 1;
	a[len a + 3] = 0;
	sys->print("crasher: unreachable\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ready := chan of int;
	results := chan of string;
	for(i := 1; i <= 4; i++){
		spawn worker(i, ready, results);
		id := <-ready;
		msg := <-results;
		sys->print("main: started %d, got: %s\n", id, msg);
	}
	sys->print("main: all workers reported, main continues\n");
	{
		raise "fail:main local";
	} exception e {
	"*" =>
		sys->print("main: own exception %s\n", e);
	}
	sys->print("main: starting crasher; main prints nothing more\n");
	done := chan of int;
	spawn crasher(done);
	<-done;
}
