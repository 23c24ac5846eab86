implement BufBasic;

# Buffered channels used by one thread: FIFO order, capacity, and alt
# with a default arm to see when a send or a receive would block.

include "sys.m";
	sys: Sys;
include "draw.m";

BufBasic: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

fill(c: chan of int, max: int): int
{
	n := 0;
	for(;;){
		alt {
		c <-= n*10 =>
			n++;
			if(n >= max)
				return n;
		* =>
			return n;
		}
	}
}

drain(c: chan of int): string
{
	s := "";
	for(;;){
		alt {
		v := <-c =>
			s += " " + string v;
		* =>
			return s;
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(k := 0; k <= 4; k++){
		c := chan[k] of int;
		n := fill(c, 100);
		sys->print("chan[%d]: holds %d:%s\n", k, n, drain(c));
	}
	c := chan[3] of int;
	c <-= 1;
	c <-= 2;
	sys->print("got %d\n", <-c);
	c <-= 3;
	c <-= 4;
	sys->print("full after 1,2,-,3,4: %d more\n", fill(c, 10));
	sys->print("order:%s\n", drain(c));

	s := chan[2] of string;
	s <-= "hello";
	s <-= nil;
	a := <-s;
	b := <-s;
	sys->print("strings [%s] %d\n", a, b == nil);

	t := chan[4] of (int, string);
	for(i := 0; i < 4; i++)
		t <-= (i, "x"+string i);
	for(i = 0; i < 4; i++){
		(n, str) := <-t;
		sys->print("tuple %d %s\n", n, str);
	}

	# a large buffer
	large := chan[1000] of int;
	for(i = 0; i < 1000; i++)
		large <-= i*i;
	sum := 0;
	for(i = 0; i < 1000; i++)
		sum += <-large;
	sys->print("sum of squares %d, left %d\n", sum, fill(large, 2000));
}
