#args: 25 7
implement Sieve;

include "sys.m";
	sys: Sys;
include "draw.m";

Sieve: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	nprimes := 20;
	perline := 10;
	if(len args > 1)
		nprimes = int hd tl args;
	if(len args > 2)
		perline = int hd tl tl args;

	quit := chan of int;
	src := chan of int;
	spawn generate(src, quit);
	nfilters := 0;
	line := "";
	c := src;
	for(i := 0; i < nprimes; i++){
		p := <-c;
		line += sys->sprint(" %4d", p);
		if((i+1) % perline == 0){
			sys->print("%s\n", line);
			line = "";
		}
		nc := chan of int;
		spawn filter(p, c, nc, quit);
		nfilters++;
		c = nc;
	}
	if(line != nil)
		sys->print("%s\n", line);
	# shut the pipeline down: every stage (generator + filters) takes one quit
	for(i = 0; i <= nfilters; i++)
		quit <-= 1;
	sys->print("stopped %d stages\n", nfilters+1);
}

generate(out: chan of int, quit: chan of int)
{
	for(i := 2; ; i++){
		alt {
		out <-= i =>
			;
		<-quit =>
			return;
		}
	}
}

filter(p: int, in: chan of int, out: chan of int, quit: chan of int)
{
	for(;;){
		v: int;
		alt {
		v = <-in =>
			if(v % p == 0)
				continue;
		<-quit =>
			return;
		}
		alt {
		out <-= v =>
			;
		<-quit =>
			return;
		}
	}
}
