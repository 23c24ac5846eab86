implement ExitThread;

# exit in a spawned thread ends that thread only; return from a deep call
# chain; a thread that ends while holding a buffered channel full of values
# leaves them for others.

include "sys.m";
	sys: Sys;
include "draw.m";

ExitThread: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

leaver(c: chan of string, n: int)
{
	for(i := 0; ; i++){
		c <-= "step " + string i;
		if(i == n)
			exit;
	}
}

deep(c: chan of string, n: int)
{
	if(n == 0){
		c <-= "bottom";
		exit;
	}
	deep(c, n-1);
	c <-= "never";
}

stuffer(b: chan of int)
{
	for(i := 0; i < 4; i++)
		b <-= i;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of string;
	spawn leaver(c, 3);
	for(i := 0; i < 4; i++)
		sys->print("%s\n", <-c);
	spawn deep(c, 20);
	sys->print("%s\n", <-c);
	# a sleep lets the threads finish; nothing more arrives
	sys->sleep(50);
	alt {
	s := <-c =>
		sys->print("unexpected %s\n", s);
	* =>
		sys->print("nothing more\n");
	}
	b := chan[4] of int;
	spawn stuffer(b);
	sys->sleep(50);
	s := "";
	for(i = 0; i < 4; i++)
		s += " " + string <-b;
	sys->print("left behind:%s\n", s);
	sys->print("main exits\n");
	exit;
}
