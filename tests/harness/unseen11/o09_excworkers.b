implement ExcWorkers;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcWorkers: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Result: adt {
	task:	int;
	value:	int;
	err:	string;
};

Node: adt {
	val:	int;
	next:	cyclic ref Node;
};

# each task fails in its own way (or not)
task(k: int): int
{
	case k {
	0 =>
		return 42;
	1 =>
		a := array[4] of int;
		idx := k + 9;
		return a[idx];
	2 =>
		m := load ExcWorkers "/dis/o_nonexistent.dis";
		m->init(nil, nil);
		return 2;
	3 =>
		n: ref Node;
		return n.val;
	4 =>
		raise "fail:task four gave up";
	5 =>
		raise "custom:" + string (k*k);
	6 =>
		l: list of int;
		return hd l;
	7 =>
		s := "short";
		return s[10];
	8 =>
		n := ref Node(1, ref Node(2, nil));
		return n.val + n.next.val;
	* =>
		return -1;
	}
}

runner(k: int, out: chan of ref Result)
{
	r := ref Result(k, 0, nil);
	{
		r.value = task(k);
	}exception e{
	"fail:*" =>
		r.err = "failed: " + e[5:];
	"custom:*" =>
		r.err = "custom exception, payload " + e[7:];
	"*" =>
		r.err = e;
	}
	out <-= r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	N: con 9;
	chans := array[N] of chan of ref Result;
	for(k := 0; k < N; k++){
		chans[k] = chan of ref Result;
		spawn runner(k, chans[k]);
	}
	ok := 0;
	bad := 0;
	for(k = 0; k < N; k++){
		r := <-chans[k];
		if(r.err == nil){
			sys->print("task %d: value %d\n", r.task, r.value);
			ok++;
		}else{
			sys->print("task %d: error: %s\n", r.task, r.err);
			bad++;
		}
	}
	sys->print("%d succeeded, %d raised\n", ok, bad);

	# the handler can also re-raise to an outer level
	{
		{
			task(7);
		}exception e{
		"array*" =>
			sys->print("inner saw %s, re-raising\n", e);
			raise "wrapped:" + e;
		}
	}exception e{
	"wrapped:*" =>
		sys->print("outer caught %s\n", e);
	}
}
