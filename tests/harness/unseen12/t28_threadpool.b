implement ThreadPool;

include "sys.m";
	sys: Sys;
include "draw.m";

ThreadPool: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Job: adt {
	id:	int;
	kind:	string;
	arg:	int;
	reply:	chan of ref Result;
};

Result: adt {
	id:	int;
	val:	int;
	err:	string;
};

Pool: adt {
	jobs:	chan of ref Job;
	nworkers:	int;
	exited:	chan of int;

	new:	fn(n: int): ref Pool;
	submit:	fn(p: self ref Pool, kind: string, arg: int): chan of ref Result;
	shutdown:	fn(p: self ref Pool): int;
};

nextid := 0;

Pool.new(n: int): ref Pool
{
	p := ref Pool(chan[8] of ref Job, n, chan of int);
	for(i := 0; i < n; i++)
		spawn worker(p.jobs, p.exited);
	return p;
}

Pool.submit(p: self ref Pool, kind: string, arg: int): chan of ref Result
{
	c := chan[1] of ref Result;	# buffered, so a worker never waits on a slow collector
	p.jobs <-= ref Job(nextid++, kind, arg, c);
	return c;
}

Pool.shutdown(p: self ref Pool): int
{
	for(i := 0; i < p.nworkers; i++)
		p.jobs <-= nil;
	done := 0;
	for(i = 0; i < p.nworkers; i++)
		done += <-p.exited;
	return done;
}

worker(jobs: chan of ref Job, exited: chan of int)
{
	n := 0;
	while((j := <-jobs) != nil){
		r := ref Result(j.id, 0, nil);
		{
			r.val = perform(j.kind, j.arg);
		} exception e {
		"*" =>
			r.err = e;
		}
		j.reply <-= r;
		n++;
	}
	exited <-= n;
}

perform(kind: string, arg: int): int
{
	case kind {
	"isqrt" =>
		if(arg < 0)
			raise "isqrt of negative";
		x := arg;
		while(x > 0 && x > arg / x)
			x = (x + arg/x) / 2;
		return x;
	"digits" =>
		s := string arg;
		return len s;
	"ackermann" =>
		return ack(2, arg);
	"table" =>
		t := array[] of {2, 3, 5, 7, 11, 13};
		return t[arg];
	"binom" =>
		return binom(arg, arg/2);
	* =>
		raise "unknown job kind " + kind;
	}
}

ack(m, n: int): int
{
	if(m == 0)
		return n+1;
	if(n == 0)
		return ack(m-1, 1);
	return ack(m-1, ack(m, n-1));
}

binom(n, k: int): int
{
	r := big 1;
	for(i := 1; i <= k; i++)
		r = r * big (n - k + i) / big i;
	if(r > big 16r7fffffff)
		raise "binom overflow";
	return int r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pool := Pool.new(4);
	specs := array[] of {
		("isqrt", 1000000), ("digits", 65536), ("ackermann", 9), ("table", 4),
		("binom", 20), ("isqrt", -4), ("table", 6), ("sha1", 0),
		("binom", 30), ("isqrt", 99), ("ackermann", 30), ("digits", -12345),
	};
	replies := array[len specs] of chan of ref Result;
	for(i := 0; i < len specs; i++){
		(k, a) := specs[i];
		replies[i] = pool.submit(k, a);
	}
	ok := 0;
	failed := 0;
	failedkinds := array[] of {"isqrt", "table"};
	perkind := array[len failedkinds] of {* => 0};
	for(i = 0; i < len specs; i++){
		r := <-replies[i];
		(k, a) := specs[i];
		if(r.err == nil){
			sys->print("job %2d %-9s %8d => %d\n", r.id, k, a, r.val);
			ok++;
		}else{
			sys->print("job %2d %-9s %8d !! %s\n", r.id, k, a, r.err);
			failed++;
			for(f := 0; f < len failedkinds; f++)
				if(failedkinds[f] == k)
					perkind[f]++;
		}
	}
	sys->print("%d ok, %d failed; pool ran %d jobs before shutdown\n", ok, failed, pool.shutdown());
	sys->print("isqrt share of known failures: %d%%\n", 100 * perkind[0] / (perkind[0] + perkind[1]));
	# strict mode: an unknown job kind is a programming error, not a job failure
	if(failed > perkind[0] + perkind[1]){
		for(i = 0; i < len specs; i++){
			(k, nil) := specs[i];
			if(k == "sha1")
				raise "pool: job " + string i + " used unknown kind " + k;
		}
	}
	sys->print("strict check passed\n");
}
