implement AltMux;

include "sys.m";
	sys: Sys;
include "draw.m";

AltMux: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# A multiplexer reads from three typed channels with alt.  To keep the
# output deterministic each source waits for an ack before sending again,
# and a sequencer decides whose turn it is.

Msg: adt {
	pick {
	Text =>	s: string;
	Num =>	n: int;
	Pair =>	a, b: real;
	}
};

texts(c: chan of string, turn: chan of int)
{
	words := array[] of {"alpha", "beta", "gamma"};
	for(i := 0; i < len words; i++){
		<-turn;
		c <-= words[i];
	}
}

nums(c: chan of int, turn: chan of int)
{
	for(i := 1; i <= 4; i++){
		<-turn;
		c <-= i * i;
	}
}

pairs(c: chan of (real, real), turn: chan of int)
{
	for(i := 0; i < 2; i++){
		<-turn;
		c <-= (real i + 0.5, real i * 2.25);
	}
}

mux(tc: chan of string, nc: chan of int, pc: chan of (real, real), out: chan of ref Msg, total: int)
{
	for(k := 0; k < total; k++){
		alt{
		s := <-tc =>
			out <-= ref Msg.Text(s);
		n := <-nc =>
			out <-= ref Msg.Num(n);
		(a, b) := <-pc =>
			out <-= ref Msg.Pair(a, b);
		}
	}
	out <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tc := chan of string;
	nc := chan of int;
	pc := chan of (real, real);
	turns := array[3] of chan of int;
	for(i := 0; i < 3; i++)
		turns[i] = chan of int;
	out := chan of ref Msg;
	spawn texts(tc, turns[0]);
	spawn nums(nc, turns[1]);
	spawn pairs(pc, turns[2]);
	schedule := array[] of {1, 0, 1, 2, 0, 1, 2, 0, 1};
	spawn mux(tc, nc, pc, out, len schedule);
	sum := 0;
	rsum := 0.0;
	for(i = 0; i < len schedule; i++){
		turns[schedule[i]] <-= 1;
		m := <-out;
		pick x := m {
		Text =>
			sys->print("%d text  %s\n", i, x.s);
		Num =>
			sum += x.n;
			sys->print("%d num   %d (running %d)\n", i, x.n, sum);
		Pair =>
			rsum += x.a * x.b;
			sys->print("%d pair  %.2f,%.2f product %g\n", i, x.a, x.b, x.a*x.b);
		}
	}
	if(<-out == nil)
		sys->print("mux closed; nums=%d pairs=%g\n", sum, rsum);
}
