implement Chan;
include "sys.m";
	sys: Sys;
include "draw.m";
Chan: module { init: fn(nil: ref Draw->Context, nil: list of string); };

producer(c: chan of int, n: int)
{
	for(i := 0; i < n; i++)
		c <-= i * i;
	c <-= -1;
}

square(in: chan of int, out: chan of string)
{
	for(;;){
		v := <-in;
		if(v < 0)
			break;
		out <-= sys->sprint("sq %d", v);
	}
	out <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	out := chan of string;
	spawn producer(c, 5);
	spawn square(c, out);
	while((s := <-out) != nil)
		sys->print("%s\n", s);
	b := chan[3] of int;
	b <-= 1; b <-= 2; b <-= 3;
	sys->print("%d %d %d\n", <-b, <-b, <-b);
	quit := chan of int;
	d := chan of string;
	spawn worker(d, quit);
	for(n := 0; n < 3; n++)
		alt {
		s := <-d =>
			sys->print("got %s\n", s);
		}
	quit <-= 1;
	alt {
	v := <-b =>
		sys->print("unexpected %d\n", v);
	* =>
		sys->print("nothing ready\n");
	}
	spawn sleeper();
	sys->print("main done\n");
}

worker(d: chan of string, quit: chan of int)
{
	i := 0;
	for(;;) alt {
	d <-= "w" + string i++ =>
		;
	<-quit =>
		sys->print("worker quits\n");
		return;
	}
}

sleeper()
{
	sys->sleep(50);
	sys->print("sleeper woke\n");
}
