implement BrokenProg;

include "sys.m";
	sys: Sys;
include "draw.m";

BrokenProg: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pid := sys->pctl(0, nil);
	waitfd := sys->open("/prog/"+string pid+"/wait", Sys->OREAD);
	if(waitfd == nil){
		sys->print("cannot open wait file\n");
		return;
	}

	go := chan of int;
	res := chan of (int, int);
	for(i := 0; i < 2; i++)
		spawn summer(i, go, res);
	fire := chan of int;
	spawn crasher(fire);

	# phase 1
	for(i = 0; i < 2; i++)
		go <-= 1;
	r := array[2] of int;
	for(i = 0; i < 2; i++){
		(id, v) := <-res;
		r[id] = v;
	}
	sys->print("phase 1: %d %d\n", r[0], r[1]);

	# let the crasher go and wait until it is really dead
	fire <-= 10;
	buf := array[256] of byte;
	n := sys->read(waitfd, buf, len buf);
	msg := string buf[0:n];
	sys->print("a child ended; mentions the error: %d\n", contains(msg, "temperature"));

	# the survivors keep working
	for(i = 0; i < 2; i++)
		go <-= 1;
	for(i = 0; i < 2; i++){
		(id, v) := <-res;
		r[id] = v;
	}
	sys->print("phase 2: %d %d\n", r[0], r[1]);
	for(i = 0; i < 2; i++)
		go <-= 0;
	sys->print("done\n");
}

summer(id: int, go: chan of int, res: chan of (int, int))
{
	acc := id * 1000;
	round := 0;
	while(<-go){
		round++;
		for(k := 1; k <= 10*round; k++)
			acc += k;
		res <-= (id, acc);
	}
}

crasher(fire: chan of int)
{
	t := <-fire;
	for(i := 0; i < 5; i++)
		t += i;
	if(t > 15)
		raise sys->sprint("temperature %d too high", t);
	sys->print("not reached\n");
}

contains(s, sub: string): int
{
	for(i := 0; i + len sub <= len s; i++)
		if(s[i:i+len sub] == sub)
			return 1;
	return 0;
}
