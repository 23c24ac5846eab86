implement PreemptSpin;
#deviation: emu preempts a prog after 2048 Dis instructions; the tree walker has no instruction count (docs/deviations.md)

# A thread that never blocks is still preempted: the VM gives each thread a
# time slice, so a spin loop waiting on a global set by another thread ends.
# The loops are bounded so that a VM without time slices ends too.

include "sys.m";
	sys: Sys;
include "draw.m";

PreemptSpin: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

flag := 0;
hits := 0;

setter(v: int)
{
	flag = v;
}

bumper(n: int)
{
	for(i := 0; i < n; i++)
		hits++;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	spawn setter(1);
	for(n := 0; flag == 0 && n < 200000; n++)
		;
	sys->print("flag after spin: %d\n", flag);

	# the spawner keeps the CPU only for a slice
	spawn setter(2);
	x := 0;
	for(i := 0; i < 100000; i++)
		x += i;
	sys->print("flag after long loop: %d\n", flag);

	# short loops stay within one slice
	spawn setter(3);
	for(i = 0; i < 10; i++)
		x += i;
	sys->print("flag after short loop: %d\n", flag);
	c := chan of int;
	spawn sync(c);
	<-c;
	sys->print("flag after a block: %d\n", flag);

	spawn bumper(50000);
	seen := 0;
	for(i = 0; i < 300000 && hits < 50000; i++)
		if(hits > 0 && seen == 0)
			seen = 1;
	sys->print("bumper progressed while main spun: %d, finished: %d\n", seen, hits == 50000);
	<-c;
}

sync(c: chan of int)
{
	c <-= 1;
	c <-= 2;
}
