# exercises alt over several channels where exactly one is ready at a time, driven by hand-off
implement Alt1;
include "sys.m";
include "draw.m";
sys: Sys;
Alt1: module { init: fn(nil: ref Draw->Context, nil: list of string); };
prod(ci: chan of int, cs: chan of string, cq: chan of int, ack: chan of int)
{
	for(i := 0; i < 6; i++){
		case i % 3 {
		0 => ci <-= i;
		1 => cs <-= "s" + string i;
		2 => ;
		}
		if(i % 3 != 2) <-ack;
	}
	cq <-= 0;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ci := chan of int; cs := chan of string; cq := chan of int; ack := chan of int;
	spawn prod(ci, cs, cq, ack);
	for(done := 0; !done;){
		alt {
		i := <-ci => sys->print("int %d\n", i); ack <-= 1;
		s := <-cs => sys->print("str %s\n", s); ack <-= 1;
		<-cq => sys->print("quit\n"); done = 1;
		}
	}
}
