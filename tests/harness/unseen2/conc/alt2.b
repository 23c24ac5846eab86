# exercises alt with several ready buffered channels: counts of each over many iterations (all must drain)
implement Alt2;
include "sys.m";
include "draw.m";
sys: Sys;
Alt2: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan[10] of int; b := chan[10] of int;
	for(i := 0; i < 10; i++){ a <-= i; b <-= 100 + i; }
	na := 0; nb := 0; sa := 0; sb := 0;
	for(i = 0; i < 20; i++){
		alt {
		x := <-a => na++; sa += x;
		y := <-b => nb++; sb += y;
		}
	}
	sys->print("%d %d %d %d\n", na, nb, sa, sb);
	ca := array[3] of chan of int;
	for(i = 0; i < 3; i++) ca[i] = chan[1] of int;
	ca[1] <-= 11;
	alt {
	v := <-ca[0] => sys->print("0 %d\n", v);
	v := <-ca[1] => sys->print("1 %d\n", v);
	v := <-ca[2] => sys->print("2 %d\n", v);
	}
	out := chan[2] of int;
	alt {
	out <-= 5 => sys->print("sent\n");
	v := <-ca[2] => sys->print("recv %d\n", v);
	}
	sys->print("%d\n", <-out);
}
