implement AltArms;

include "sys.m";
	sys: Sys;
include "draw.m";

AltArms: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

worker(in: chan of int, out: chan of int)
{
	for(;;){
		n := <-in;
		if(n == 0)
			break;
		out <-= n * 3;
	}
	out <-= -1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== only the ready receive arm fires ==\n");
	a := chan[1] of int;
	b := chan[1] of string;
	b <-= "from b";
	alt {
	x := <-a =>
		sys->print("wrong: a gave %d\n", x);
	s := <-b =>
		sys->print("got '%s'\n", s);
	}
	sys->print("== send arm with buffer space vs empty receive ==\n");
	alt {
	a <-= 42 =>
		sys->print("sent 42 on a\n");
	s := <-b =>
		sys->print("wrong: got %s\n", s);
	}
	sys->print("a now holds %d\n", <-a);
	sys->print("== nothing ready: default arm ==\n");
	for(i := 0; i < 3; i++){
		alt {
		x := <-a =>
			sys->print("round %d: a %d\n", i, x);
		* =>
			sys->print("round %d: nothing ready\n", i);
			a <-= i * 10;
		}
	}
	sys->print("== full buffer: send arm not ready ==\n");
	full := chan[1] of int;
	full <-= 1;
	alt {
	full <-= 2 =>
		sys->print("wrong: sent into full buffer\n");
	* =>
		sys->print("send would block, default taken\n");
	}
	sys->print("drained %d\n", <-full);
	sys->print("== nil channel in alt raises ==\n");
	nc: chan of int;
	{
		alt {
		v := <-nc =>
			sys->print("wrong: nil recv %d\n", v);
		* =>
			sys->print("default with nil arm\n");
		}
	} exception e {
	"*" =>
		sys->print("alt on nil channel: %s\n", e);
	}
	sys->print("== pipeline with alt over send and receive ==\n");
	in := chan of int;
	out := chan of int;
	spawn worker(in, out);
	next := 1;
	total := 0;
	got := 0;
	while(next <= 10){
		alt {
		in <-= next =>
			next++;
		r := <-out =>
			total += r;
			got++;
		}
	}
	while(got < 10){
		total += <-out;
		got++;
	}
	in <-= 0;
	fin := <-out;
	sys->print("sent %d, received %d, total %d, final %d\n", next - 1, got, total, fin);
	sys->print("== alt inside a loop, exit from the default arm ==\n");
	q := chan[5] of int;
	for(i = 1; i <= 5; i++)
		q <-= i;
	sum := 0;
	for(;;) alt {
	v := <-q =>
		sum += v;
	* =>
		sys->print("queue drained, sum %d\n", sum);
		exit;
	}
}
