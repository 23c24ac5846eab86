implement SpawnOrder;

include "sys.m";
	sys: Sys;
include "draw.m";

SpawnOrder: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

N: con 5;

# each runner waits for its turn token, prints, then passes the token on
runner(id: int, mine: chan of int, next: chan of int)
{
	tok := <-mine;
	sys->print("runner %d has token %d\n", id, tok);
	next <-= tok + id;
}

gate(id: int, start: chan of int, done: chan of (int, int))
{
	<-start;
	sum := 0;
	for(i := 0; i <= id * 100; i++)
		sum += i;
	done <-= (id, sum);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	chans := array[N+1] of chan of int;
	for(i := 0; i <= N; i++)
		chans[i] = chan of int;
	# spawn in reverse order; the token decides the printing order
	for(i = N-1; i >= 0; i--)
		spawn runner(i, chans[i], chans[i+1]);
	chans[0] <-= 1000;
	sys->print("final token %d\n", <-chans[N]);

	starts := array[N] of chan of int;
	done := chan of (int, int);
	for(i = 0; i < N; i++){
		starts[i] = chan of int;
		spawn gate(i, starts[i], done);
	}
	order := array[] of {2, 4, 0, 3, 1};
	for(i = 0; i < N; i++){
		starts[order[i]] <-= 1;
		(id, sum) := <-done;
		sys->print("gate %d finished, sum %d\n", id, sum);
	}
	pid := chan of int;
	spawn reportpid(pid);
	p := <-pid;
	sys->print("child pid differs from mine: %d\n", p != sys->pctl(0, nil));
}

reportpid(c: chan of int)
{
	c <-= sys->pctl(0, nil);
}
