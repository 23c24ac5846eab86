#args: 6 8
implement NQueens;

include "sys.m";
	sys: Sys;
include "draw.m";

NQueens: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# bitmask backtracking; one solver process per board size,
# results funnelled back in the order the sizes were given

Report: adt {
	n:	int;
	count:	int;
	first:	array of int;
	nodes:	int;
};

Solver: adt {
	n:	int;
	all:	int;
	count:	int;
	nodes:	int;
	cols:	array of int;
	first:	array of int;

	solve:	fn(s: self ref Solver, row, cols, d1, d2: int);
};

Solver.solve(s: self ref Solver, row, cols, d1, d2: int)
{
	s.nodes++;
	if(row == s.n){
		if(s.count++ == 0){
			# copy: a slice would alias cols and change under us
			s.first = array[s.n] of int;
			s.first[0:] = s.cols;
		}
		return;
	}
	avail := s.all & ~(cols | d1 | d2);
	while(avail != 0){
		bit := avail & -avail;
		avail &= ~bit;
		c := 0;
		for(b := bit; b > 1; b >>= 1)
			c++;
		s.cols[row] = c;
		s.solve(row+1, cols|bit, ((d1|bit) << 1) & s.all, (d2|bit) >> 1);
	}
}

run(n: int, reply: chan of ref Report)
{
	s := ref Solver(n, (1<<n)-1, 0, 0, array[n] of int, nil);
	s.solve(0, 0, 0, 0);
	first := array[n] of int;
	if(s.first != nil)
		first[0:] = s.first;
	reply <-= ref Report(n, s.count, first, s.nodes);
}

board(cols: array of int)
{
	for(r := 0; r < len cols; r++){
		line := "";
		for(c := 0; c < len cols; c++)
			if(cols[r] == c)
				line += " Q";
			else
				line += " .";
		sys->print("%s\n", line);
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	sizes: list of int;
	for(argv = tl argv; argv != nil; argv = tl argv)
		sizes = int hd argv :: sizes;
	sizes = 4 :: 1 :: 3 :: sizes;
	chans: list of chan of ref Report;
	for(l := sizes; l != nil; l = tl l){
		c := chan of ref Report;
		spawn run(hd l, c);
		chans = c :: chans;
	}
	# chans is reversed relative to sizes; reverse again for order
	rc: list of chan of ref Report;
	for(; chans != nil; chans = tl chans)
		rc = hd chans :: rc;
	for(; rc != nil; rc = tl rc){
		r := <-hd rc;
		sys->print("n=%d: %d solutions, %d nodes searched\n", r.n, r.count, r.nodes);
		if(r.count > 0 && r.n >= 4 && r.n <= 6)
			board(r.first);
	}
}
