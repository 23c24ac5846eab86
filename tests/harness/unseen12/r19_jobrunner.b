implement JobRunner;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

JobRunner: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Job: adt {
	name:	string;
	f:	ref fn(n: int): string;
	arg:	int;
	retries:	int;
};

Result: adt {
	job:	ref Job;
	ok:	int;
	out:	string;
	attempts:	int;
};

Tree: adt {
	v:	int;
	l, r:	cyclic ref Tree;
};

sumto(n: int): string
{
	s := 0;
	for(i := 1; i <= n; i++)
		s += i;
	return string s;
}

lookup(n: int): string
{
	days := array[] of {"mon", "tue", "wed", "thu", "fri"};
	return days[n];
}

depth(n: int): string
{
	t: ref Tree;
	for(i := 0; i < n; i++)
		t = ref Tree(i, t, nil);
	d := 0;
	for(; t.l != nil || d == 0; t = t.l)	# walks off the end when n is 1
		d++;
	return string d;
}

readcfg(n: int): string
{
	path := sys->sprint("/tmp/r_jobrunner_missing%d.cfg", n);
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		raise sys->sprint("fail:open %s: %r", path);
	return "opened";
}

flaky(n: int): string
{
	calls++;
	if(calls < n)
		raise "transient:try again";
	return sys->sprint("succeeded on call %d", calls);
}

calls := 0;

checked(n: int): string
{
	if(n < 0)
		raise "range:negative";
	{
		return lookup(n);
	} exception e {
	"array bounds error" =>
		raise "range:" + string n + " out of " + e;
	}
}

run(j: ref Job): ref Result
{
	r := ref Result(j, 0, nil, 0);
	while(r.attempts <= j.retries){
		r.attempts++;
		{
			r.out = j.f(j.arg);
			r.ok = 1;
			return r;
		} exception e {
		"transient:*" =>
			r.out = e;
			continue;
		"fail:*" =>
			r.out = "failed: " + e[5:];
		"range:*" =>
			r.out = "bad range: " + e[6:];
		"dereference of nil" or "array bounds error" =>
			r.out = "crashed: " + e;
		* =>
			r.out = "unexpected exception";
		}
		break;
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;

	jobs := array[] of {
		ref Job("sum", sumto, 100, 0),
		ref Job("day", lookup, 2, 0),
		ref Job("day7", lookup, 7, 0),
		ref Job("depth5", depth, 5, 0),
		ref Job("depth1", depth, 1, 0),
		ref Job("config", readcfg, 3, 1),
		ref Job("flaky", flaky, 3, 5),
		ref Job("flaky2", flaky, 20, 2),
		ref Job("checked", checked, 9, 0),
		ref Job("checked-", checked, -1, 0),
	};
	nok := 0;
	for(i := 0; i < len jobs; i++){
		r := run(jobs[i]);
		status := "FAIL";
		if(r.ok){
			status = "ok";
			nok++;
		}
		sys->print("%-9s %-4s tries=%d  %s\n", r.job.name, status, r.attempts, r.out);
	}
	sys->print("%d of %d jobs succeeded\n", nok, len jobs);
	if(nok < len jobs)
		sys->fprint(sys->fildes(2), "jobrunner: %d failures\n", len jobs - nok);
}
