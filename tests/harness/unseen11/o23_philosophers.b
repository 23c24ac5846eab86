#args: 5 4
implement Philosophers;

include "sys.m";
	sys: Sys;
include "draw.m";

Philosophers: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

names := array[] of {"Aristotle", "Kant", "Spinoza", "Marx", "Russell", "Hume", "Locke"};

# a fork is a one-slot channel; holding the token means holding the fork
Fork: type chan of int;

# the table watcher keeps a count of eaters and of forks in use
watcher(ev: chan of (int, int), done: chan of (int, int))
{
	eating := 0;
	maxeat := 0;
	meals := 0;
	for(;;){
		(who, d) := <-ev;
		if(who < 0)
			break;
		eating += d;
		if(d > 0)
			meals++;
		if(eating > maxeat)
			maxeat = eating;
	}
	done <-= (meals, maxeat);
}

philosopher(i, n: int, left, right: Fork, meals: int, ev: chan of (int, int), fin: chan of (int, int))
{
	# always take the lower-numbered fork first: no cycle, no deadlock
	first := left;
	second := right;
	if(i == n-1){	# right is fork 0
		first = right;
		second = left;
	}
	thought := 0;
	for(m := 0; m < meals; m++){
		<-first;
		<-second;
		ev <-= (i, 1);
		sys->sleep(1);
		ev <-= (i, -1);
		second <-= 1;
		first <-= 1;
		# think: some deterministic busywork
		for(k := 0; k < 100*(i+1); k++)
			thought += k % (m + 2);
	}
	fin <-= (i, thought);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 5;
	meals := 3;
	if(len argv == 3){
		n = int hd tl argv;
		meals = int hd tl tl argv;
	}
	if(n < 2 || n > len names){
		sys->fprint(sys->fildes(2), "philosophers: between 2 and %d diners\n", len names);
		raise "fail:usage";
	}
	forks := array[n] of Fork;
	for(i := 0; i < n; i++){
		forks[i] = chan[1] of int;
		forks[i] <-= 1;
	}
	ev := chan of (int, int);
	wdone := chan of (int, int);
	spawn watcher(ev, wdone);

	fins := array[n] of chan of (int, int);
	for(i = 0; i < n; i++){
		fins[i] = chan of (int, int);
		spawn philosopher(i, n, forks[i], forks[(i+1)%n], meals, ev, fins[i]);
	}
	for(i = 0; i < n; i++){
		(who, thought) := <-fins[i];
		sys->print("%-10s ate %d meals, thought %d thoughts\n", names[who], meals, thought);
	}
	ev <-= (-1, 0);
	(total, maxeat) := <-wdone;
	sys->print("meals served %d, never more than %d at once: %d\n",
		total, n/2, maxeat <= n/2);
	# every fork is back on the table
	back := 0;
	for(i = 0; i < n; i++)
		alt{
		<-forks[i] =>
			back++;
		* =>
			;
		}
	sys->print("forks on table: %d/%d\n", back, n);
}
