# exercises strict hand-off printing between two threads via unbuffered channels
implement Pingpong;
include "sys.m";
include "draw.m";
sys: Sys;
Pingpong: module { init: fn(nil: ref Draw->Context, nil: list of string); };
player(name: string, in, out: chan of int, done: chan of int)
{
	for(;;){
		n := <-in;
		if(n < 0){ done <-= n; return; }
		if(n >= 7){ out <-= -1; done <-= n; return; }
		sys->print("%s %d\n", name, n);
		out <-= n + 1;
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan of int; b := chan of int; done := chan of int;
	spawn player("ping", a, b, done);
	spawn player("pong", b, a, done);
	a <-= 0;
	x := <-done;
	y := <-done;
	sys->print("finished %d\n", x + y);
}
