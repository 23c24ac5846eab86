# exercises alt mixing send and receive arms against a helper thread, with strict ordering
implement Altsend;
include "sys.m";
include "draw.m";
sys: Sys;
Altsend: module { init: fn(nil: ref Draw->Context, nil: list of string); };
helper(in: chan of int, out: chan of int)
{
	for(i := 0; i < 4; i++){
		v := <-in;
		out <-= v * 10;
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	in := chan of int; out := chan of int;
	spawn helper(in, out);
	pending := 0;
	next := 1;
	for(got := 0; got < 4;){
		if(pending){
			alt {
			v := <-out => sys->print("recv %d\n", v); pending = 0; got++;
			}
		} else {
			alt {
			in <-= next => sys->print("sent %d\n", next); next++; pending = 1;
			}
		}
	}
	sys->print("done\n");
}
