implement AltDispatch;

include "sys.m";
	sys: Sys;
include "draw.m";

AltDispatch: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# The driver hands out one token at a time, so exactly one
# channel is ready when alt runs: the order is deterministic.
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ints := chan of int;
	strs := chan of string;
	pairs := chan of (int, string);
	quit := chan of int;
	token := chan of int;

	spawn driver(token, ints, strs, pairs, quit);

	isum := 0;
	scat := "";
	npairs := 0;
	loop: for(;;) {
		token <-= 1;
		alt {
		i := <-ints =>
			isum += i;
			sys->print("int %d (running sum %d)\n", i, isum);
		s := <-strs =>
			scat += s;
			sys->print("string %q\n", s);
		(n, w) := <-pairs =>
			npairs++;
			sys->print("pair %d:%s\n", n, w);
		<-quit =>
			sys->print("quit received\n");
			break loop;
		}
	}
	sys->print("totals: ints=%d strs=%s pairs=%d\n", isum, scat, npairs);
}

driver(token: chan of int, ints: chan of int, strs: chan of string,
	pairs: chan of (int, string), quit: chan of int)
{
	script := "isipsiipq";
	k := 0;
	for(j := 0; j < len script; j++) {
		<-token;
		case script[j] {
		'i' =>
			k++;
			ints <-= k * k;
		's' =>
			strs <-= "s" + string j;
		'p' =>
			pairs <-= (j, "w" + string (j * 2));
		'q' =>
			quit <-= 0;
		}
	}
}
