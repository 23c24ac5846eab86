implement AltSendRecv;

include "sys.m";
	sys: Sys;
include "draw.m";

AltSendRecv: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

queue(put: chan of int, get: chan of int, quit: chan of int, report: chan of string)
{
	q := array[16] of {* => 0};
	n := 0;
	served := 0;
	for(;;){
		head := -1;
		if(n > 0)
			head = q[0];
		alt {
		v := <-put =>
			q[n++] = v;
		get <-= head =>
			if(n > 0){
				q[0:] = q[1:n];
				n--;
			}
			served++;
		<-quit =>
			report <-= sys->sprint("queue stopping with %d left, served %d", n, served);
			return;
		}
	}
}

echo(in: chan of string, out: chan of string)
{
	s := <-in;
	out <-= "echo:" + s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	put := chan of int;
	get := chan of int;
	quit := chan of int;
	report := chan of string;
	spawn queue(put, get, quit, report);
	put <-= 5;
	put <-= 6;
	sys->print("get -> %d\n", <-get);
	put <-= 7;
	sys->print("get -> %d\n", <-get);
	sys->print("get -> %d\n", <-get);
	sys->print("get on empty -> %d\n", <-get);
	for(i := 10; i < 14; i++)
		put <-= i;
	sys->print("get -> %d\n", <-get);
	quit <-= 1;
	sys->print("%s\n", <-report);

	in := chan of string;
	out := chan of string;
	spawn echo(in, out);
	for(step := 0; step < 2; step++){
		alt {
		in <-= "hello" =>
			sys->print("step %d: sent to echo\n", step);
		r := <-out =>
			sys->print("step %d: received %s\n", step, r);
		}
	}
	c := chan[1] of int;
	d := chan[1] of int;
	c <-= 99;
	d <-= 3;
	for(step = 0; step < 3; step++){
		alt {
		c <-= step =>
			sys->print("step %d: buffered send on c\n", step);
		v := <-d =>
			sys->print("step %d: got %d from d\n", step, v);
		* =>
			sys->print("step %d: nothing ready\n", step);
		}
		if(step == 1){
			x := <-c;
			sys->print("drained c: %d\n", x);
		}
	}
}
