#args: 4
implement Hanoi;

include "sys.m";
	sys: Sys;
include "draw.m";

Hanoi: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Move: adt {
	disk:	int;
	src:	int;
	dst:	int;
};

# generator process: emits moves on a channel, like a Go goroutine
solve(n, src, dst, via: int, out: chan of Move)
{
	if(n == 0)
		return;
	solve(n-1, src, via, dst, out);
	out <-= Move(n, src, dst);
	solve(n-1, via, dst, src, out);
}

gen(n: int, out: chan of Move)
{
	solve(n, 0, 2, 1, out);
	out <-= Move(0, -1, -1);
}

pegs: array of list of int;

show()
{
	for(i := 0; i < 3; i++){
		s := "";
		for(l := pegs[i]; l != nil; l = tl l)
			s = sys->sprint("%d", hd l) + s;
		sys->print(" %c:%-6s", 'A'+i, s);
	}
	sys->print("\n");
}

apply(m: Move)
{
	if(pegs[m.src] == nil)
		raise "fail:empty peg";
	d := hd pegs[m.src];
	if(d != m.disk)
		raise sys->sprint("fail:expected disk %d got %d", m.disk, d);
	if(pegs[m.dst] != nil && hd pegs[m.dst] < d)
		raise "fail:illegal move";
	pegs[m.src] = tl pegs[m.src];
	pegs[m.dst] = d :: pegs[m.dst];
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 3;
	if(tl argv != nil)
		n = int hd tl argv;
	if(n < 1 || n > 8){
		sys->fprint(sys->fildes(2), "hanoi: bad disk count %d\n", n);
		return;
	}
	pegs = array[3] of list of int;
	for(d := n; d >= 1; d--)
		pegs[0] = d :: pegs[0];
	sys->print("%3s", "");
	show();
	moves := chan of Move;
	spawn gen(n, moves);
	count := 0;
	perdisk := array[n+1] of {* => 0};
	for(;;){
		m := <-moves;
		if(m.disk == 0)
			break;
		apply(m);
		count++;
		perdisk[m.disk]++;
		sys->print("%2d.", count);
		show();
	}
	sys->print("%d moves (expected %d)\n", count, (1<<n) - 1);
	for(d = 1; d <= n; d++)
		sys->print("disk %d moved %d times\n", d, perdisk[d]);
}
