implement SleepOrder;

# Threads sleeping for different times wake in order of their deadlines;
# each reports through a channel so only main prints.

include "sys.m";
	sys: Sys;
include "draw.m";

SleepOrder: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

sleeper(name: string, ms: int, c: chan of string)
{
	r := sys->sleep(ms);
	c <-= name + " ret " + string r;
}

stepper(name: string, steps: array of int, c: chan of string)
{
	for(i := 0; i < len steps; i++){
		sys->sleep(steps[i]);
		c <-= name + string i;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of string;
	# spawned in the reverse of their waking order
	delays := array[] of {400, 300, 200, 100, 0};
	for(i := 0; i < len delays; i++)
		spawn sleeper("s" + string delays[i], delays[i], c);
	for(i = 0; i < len delays; i++)
		sys->print("%s\n", <-c);

	# deadlines: a at 0,150,300  b at 75,225  main collects five
	spawn stepper("a", array[] of {0, 150, 150}, c);
	spawn stepper("b", array[] of {75, 150}, c);
	for(i = 0; i < 5; i++)
		sys->print("%s\n", <-c);

	# negative and zero sleeps return at once
	sys->sleep(-5);
	sys->sleep(0);
	sys->print("short sleeps done\n");

	# main sleeps while a buffered producer fills the channel
	b := chan[3] of string;
	spawn stepper("p", array[] of {0, 0, 0}, b);
	sys->sleep(200);
	s := "";
	for(i = 0; i < 3; i++)
		s += " " + <-b;
	sys->print("after main's sleep:%s\n", s);
}
