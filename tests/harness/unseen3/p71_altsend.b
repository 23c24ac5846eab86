implement P71;
include "sys.m";
	sys: Sys;
include "draw.m";
P71: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

recv(c: chan of (int, string), n: int, done: chan of string)
{
	s := "";
	for(i := 0; i < n; i++){
		t := <-c;
		(a, b) := t;
		s += sys->sprint("%d%s ", a, b);
	}
	done <-= s;
}

adder(a, b, out: chan of int)
{
	out <-= <-a + <-b;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of (int, string);
	done := chan of string;
	spawn recv(c, 3, done);
	for(i := 0; i < 3; i++){
		alt {
		c <-= (i, "x" + string i) =>
			;
		}
	}
	sys->print("%s\n", <-done);
	chs := array[3] of chan of int;
	for(i = 0; i < 3; i++)
		chs[i] = chan[1] of int;
	chs[2] <-= 99;
	for(k := 0; k < 3; k++){
		alt {
		chs[0] <-= 10 + k =>
			sys->print("sent to 0\n");
		chs[2] <-= 20 + k =>
			sys->print("sent to 2\n");
		* =>
			sys->print("none ready\n");
		}
	}
	# drain: each buffer holds at most 1
	tot := 0;
	for(i = 0; i < 3; i++){
		alt {
		v := <-chs[i] => tot += v;
		* => ;
		}
	}
	sys->print("drained total-class %d\n", tot > 0);
	a := chan of int;
	b := chan of int;
	o := chan of int;
	spawn adder(a, b, o);
	a <-= 3;
	b <-= 4;
	sys->print("adder %d\n", <-o);
	x := chan[2] of int;
	x <-= 5;
	x <-= 6;
	sys->print("expr %d\n", <-x * 10 + <-x);
}
