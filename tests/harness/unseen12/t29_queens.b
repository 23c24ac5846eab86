#args: 8
implement Queens;

include "sys.m";
	sys: Sys;
include "draw.m";

Queens: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Answer: adt {
	count:	int;
	first:	array of int;	# first solution found with this opening, or nil
	nodes:	int;
};

Search: adt {
	n:	int;
	cols:	array of int;
	count:	int;
	nodes:	int;
	first:	array of int;

	place:	fn(s: self ref Search, row, used, d1, d2: int);
};

# bitmask backtracking: used columns and both diagonal directions
Search.place(s: self ref Search, row, used, d1, d2: int)
{
	s.nodes++;
	if(row == s.n){
		if(s.count++ == 0){
			s.first = array[s.n] of int;
			s.first[0:] = s.cols;
		}
		return;
	}
	all := (1 << s.n) - 1;
	free := all & ~(used | d1 | d2);
	while(free != 0){
		bit := free & -free;
		free &= ~bit;
		c := 0;
		while((1 << c) != bit)
			c++;
		s.cols[row] = c;
		s.place(row+1, used | bit, ((d1 | bit) << 1) & all, (d2 | bit) >> 1);
	}
}

solver(n, col: int, out: chan of ref Answer)
{
	s := ref Search(n, array[n] of int, 0, 0, nil);
	bit := 1 << col;
	s.cols[0] = col;
	s.place(1, bit, (bit << 1) & ((1<<n)-1), bit >> 1);
	out <-= ref Answer(s.count, s.first, s.nodes);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 6;
	if(tl argv != nil)
		n = int hd tl argv;
	if(n < 1 || n > 12){
		sys->fprint(sys->fildes(2), "queens: n must be 1..12\n");
		return;
	}
	results := array[n] of chan of ref Answer;
	for(c := 0; c < n; c++){
		results[c] = chan of ref Answer;
		spawn solver(n, c, results[c]);
	}
	# take answers in whatever order they finish; file them by column
	answers := array[n] of ref Answer;
	for(k := 0; k < n; k++){
		(i, a) := <-results;
		if(answers[i] != nil)
			raise "fail:duplicate answer";
		answers[i] = a;
	}
	total := 0;
	nodes := 0;
	for(c = 0; c < n; c++){
		a := answers[c];
		sys->print("queen in column %d of row 0: %3d solutions, %5d nodes\n", c, a.count, a.nodes);
		total += a.count;
		nodes += a.nodes;
	}
	sys->print("%d-queens: %d solutions, %d nodes searched\n", n, total, nodes);
	# mirror symmetry: column c and n-1-c must match
	sym := 1;
	for(c = 0; c < n/2; c++)
		if(answers[c].count != answers[n-1-c].count)
			sym = 0;
	sys->print("mirror symmetric: %d\n", sym);

	for(c = 0; c < n; c++)
		if(answers[c].first != nil)
			break;
	if(c == n){
		sys->print("no solution\n");
		return;
	}
	f := answers[c].first;
	sys->print("first solution:\n");
	for(r := 0; r < n; r++){
		line := "";
		for(k = 0; k < n; k++)
			if(f[r] == k)
				line += " Q";
			else
				line += " .";
		sys->print("%s\n", line);
	}
}
