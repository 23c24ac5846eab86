# exercises buffered channels: filling without receiver, FIFO order, len of buffered channel? (nbsend via alt)
implement Buf1;
include "sys.m";
include "draw.m";
sys: Sys;
Buf1: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan[3] of string;
	c <-= "a"; c <-= "b"; c <-= "c";
	sent := 0;
	alt {
	c <-= "d" => sent = 1;
	* => sent = 0;
	}
	sys->print("sent d: %d\n", sent);
	for(i := 0; i < 3; i++) sys->print("%s ", <-c);
	sys->print("\n");
	got := "";
	alt {
	x := <-c => got = x;
	* => got = "empty";
	}
	sys->print("%s\n", got);
	d := chan[1] of int;
	d <-= 7;
	alt {
	d <-= 8 => sys->print("wrong\n");
	* => sys->print("full\n");
	}
	sys->print("%d\n", <-d);
	u := chan of int;
	alt {
	u <-= 1 => sys->print("wrong\n");
	* => sys->print("no receiver\n");
	}
	e := chan[0] of int;
	alt {
	v := <-e => sys->print("wrong %d\n", v);
	* => sys->print("zero buffer empty\n");
	}
}
