#args: 4
implement HanoiPegs;

include "sys.m";
	sys: Sys;
include "draw.m";

HanoiPegs: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

PegReq: adt {
	pick {
	Push =>
		disk:	int;
		reply:	chan of string;	# nil string = accepted
	Pop =>
		reply:	chan of int;	# 0 = empty peg
	Look =>
		reply:	chan of string;
	}
};

Illegal: exception(string);

peg(name: string, req: chan of ref PegReq)
{
	stack: list of int;
	pushes := 0;
	while((r := <-req) != nil) pick m := r {
	Push =>
		if(stack != nil && hd stack < m.disk)
			m.reply <-= sys->sprint("cannot put %d on %d at %s", m.disk, hd stack, name);
		else{
			stack = m.disk :: stack;
			pushes++;
			m.reply <-= nil;
		}
	Pop =>
		if(stack == nil)
			m.reply <-= 0;
		else{
			m.reply <-= hd stack;
			stack = tl stack;
		}
	Look =>
		s := "";
		for(l := stack; l != nil; l = tl l)
			s = string hd l + " " + s;
		m.reply <-= sys->sprint("%s[ %s] (%d pushes)", name, s, pushes);
	}
}

pegs: array of chan of ref PegReq;
names := array[] of {"A", "B", "C"};
moves := 0;
ic: chan of int;
sc: chan of string;

move(src, dst: int) raises (Illegal)
{
	pegs[src] <-= ref PegReq.Pop(ic);
	d := <-ic;
	if(d == 0)
		raise Illegal("peg " + names[src] + " is empty");
	pegs[dst] <-= ref PegReq.Push(d, sc);
	if((err := <-sc) != nil){
		pegs[src] <-= ref PegReq.Push(d, sc);	# put it back
		<-sc;
		raise Illegal(err);
	}
	moves++;
	if(moves <= 8 || moves % 4 == 0 && moves < 16)
		sys->print("move %2d: disk %d %s -> %s\n", moves, d, names[src], names[dst]);
}

hanoi(n, src, dst, via: int)
{
	if(n == 0)
		return;
	hanoi(n-1, src, via, dst);
	{
		move(src, dst);
	} exception e {
	Illegal =>
		raise "fail:solver bug: " + e;
	}
	hanoi(n-1, via, dst, src);
}

look(): string
{
	s := "";
	for(i := 0; i < len pegs; i++){
		pegs[i] <-= ref PegReq.Look(sc);
		s += "  " + <-sc;
	}
	return s;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 3;
	if(tl argv != nil)
		n = int hd tl argv;
	ic = chan of int;
	sc = chan of string;
	pegs = array[3] of chan of ref PegReq;
	for(i := 0; i < 3; i++){
		pegs[i] = chan of ref PegReq;
		spawn peg(names[i], pegs[i]);
	}
	for(d := n; d >= 1; d--){
		pegs[0] <-= ref PegReq.Push(d, sc);
		<-sc;
	}
	sys->print("start:%s\n", look());
	hanoi(n, 0, 2, 1);
	sys->print("done in %d moves (2^%d-1 = %d)\n", moves, n, (1<<n)-1);
	sys->print("end:  %s\n", look());

	# now a few hand-made moves, some of them illegal
	tries := array[] of {(0, 1), (2, 1), (2, 1), (1, 0), (2, 0)};
	for(i = 0; i < len tries; i++){
		(s, t) := tries[i];
		{
			move(s, t);
			sys->print("moved %s->%s (move %d)\n", names[s], names[t], moves);
		} exception e {
		Illegal =>
			sys->print("refused %s->%s: %s\n", names[s], names[t], e);
		}
	}
	sys->print("after:%s\n", look());
	for(i = 0; i < 3; i++)
		pegs[i] <-= nil;
}
