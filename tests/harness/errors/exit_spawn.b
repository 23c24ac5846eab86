implement ExitSpawn;

include "sys.m";
	sys: Sys;
include "draw.m";

ExitSpawn: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

worker(id: int, c: chan of int)
{
	sys->print("worker %d runs\n", id);
	if(id % 2){
		c <-= -id;
		exit;
	}
	sys->print("worker %d ends normally\n", id);
	c <-= id;
}

deep(c: chan of int)
{
	{
		f(3, c);
	} exception {
	"*" =>
		sys->print("deep caught something\n");
	}
	sys->print("deep not reached\n");
}

f(n: int, c: chan of int)
{
	if(n == 0){
		c <-= 100;
		exit;
	}
	f(n-1, c);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of int;
	for(i := 0; i < 4; i++){
		spawn worker(i, c);
		sys->print("got %d\n", <-c);
	}
	spawn deep(c);
	sys->print("deep sent %d\n", <-c);
	sys->print("init ends\n");
}
