implement BufChan;

include "sys.m";
	sys: Sys;
include "draw.m";

BufChan: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[5] of string;
	for(i := 0; i < 5; i++)
		c <-= sys->sprint("msg-%c", 'a'+i);
	sys->print("filled 5 without a reader\n");
	full := 0;
	alt {
	c <-= "overflow" =>
		;
	* =>
		full = 1;
	}
	sys->print("full=%d\n", full);
	for(i = 0; i < 5; i++)
		sys->print("%s\n", <-c);
	empty := 0;
	alt {
	<-c =>
		;
	* =>
		empty = 1;
	}
	sys->print("empty=%d\n", empty);
	# semaphore with a buffered channel limiting concurrency to 2
	sem := chan[2] of int;
	done := chan of int;
	maxseen := chan[1] of int;
	maxseen <-= 0;
	active := chan[1] of int;
	active <-= 0;
	for(i = 0; i < 6; i++)
		spawn task(i, sem, active, maxseen, done);
	total := 0;
	for(i = 0; i < 6; i++)
		total += <-done;
	m := <-maxseen;
	sys->print("total=%d concurrency<=2: %d\n", total, m <= 2);
}

task(id: int, sem, active, maxseen, done: chan of int)
{
	sem <-= 1;
	a := <-active + 1;
	active <-= a;
	m := <-maxseen;
	if(a > m)
		m = a;
	maxseen <-= m;
	sys->sleep(5);
	a = <-active;
	active <-= a - 1;
	<-sem;
	done <-= id * id;
}
