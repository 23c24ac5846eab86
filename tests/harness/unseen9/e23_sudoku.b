implement Sudoku;

include "sys.m";
	sys: Sys;
include "draw.m";

Sudoku: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Board: adt {
	cell:	array of int;	# 0 = empty
	rows:	array of int;	# bitmask of digits used
	cols:	array of int;
	boxes:	array of int;
	nodes:	int;

	parse:	fn(s: string): ref Board;
	place:	fn(b: self ref Board, i, d: int);
	unplace:	fn(b: self ref Board, i, d: int);
	solve:	fn(b: self ref Board): int;
	show:	fn(b: self ref Board);
};

box(i: int): int
{
	return (i/27)*3 + (i%9)/3;
}

Board.parse(s: string): ref Board
{
	b := ref Board(array[81] of {* => 0}, array[9] of {* => 0},
		array[9] of {* => 0}, array[9] of {* => 0}, 0);
	k := 0;
	for(i := 0; i < len s && k < 81; i++){
		c := s[i];
		if(c >= '1' && c <= '9'){
			d := c - '0';
			if(((b.rows[k/9] | b.cols[k%9] | b.boxes[box(k)]) & (1 << d)) != 0)
				raise sys->sprint("sudoku: conflicting %d at row %d col %d", d, k/9+1, k%9+1);
			b.place(k++, d);
		}
		else if(c == '.' || c == '0')
			k++;
	}
	return b;
}

Board.place(b: self ref Board, i, d: int)
{
	m := 1 << d;
	b.cell[i] = d;
	b.rows[i/9] |= m;
	b.cols[i%9] |= m;
	b.boxes[box(i)] |= m;
}

Board.unplace(b: self ref Board, i, d: int)
{
	m := ~(1 << d);
	b.cell[i] = 0;
	b.rows[i/9] &= m;
	b.cols[i%9] &= m;
	b.boxes[box(i)] &= m;
}

bitcount(x: int): int
{
	n := 0;
	for(; x != 0; x &= x-1)
		n++;
	return n;
}

# choose the empty cell with fewest candidates, then backtrack
Board.solve(b: self ref Board): int
{
	b.nodes++;
	best := -1;
	bestfree := 0;
	bestn := 10;
	for(i := 0; i < 81; i++){
		if(b.cell[i] != 0)
			continue;
		free := ~(b.rows[i/9] | b.cols[i%9] | b.boxes[box(i)]) & 16r3fe;
		n := bitcount(free);
		if(n < bestn){
			best = i;
			bestn = n;
			bestfree = free;
			if(n <= 1)
				break;
		}
	}
	if(best < 0)
		return 1;
	for(d := 1; d <= 9; d++)
		if(bestfree & (1 << d)){
			b.place(best, d);
			if(b.solve())
				return 1;
			b.unplace(best, d);
		}
	return 0;
}

Board.show(b: self ref Board)
{
	for(r := 0; r < 9; r++){
		if(r > 0 && r % 3 == 0)
			sys->print("  ------+-------+------\n");
		sys->print(" ");
		for(c := 0; c < 9; c++){
			if(c > 0 && c % 3 == 0)
				sys->print(" |");
			d := b.cell[r*9+c];
			if(d == 0)
				sys->print(" .");
			else
				sys->print(" %d", d);
		}
		sys->print("\n");
	}
}

valid(b: ref Board): int
{
	for(u := 0; u < 9; u++){
		r := 0;
		c := 0;
		x := 0;
		for(k := 0; k < 9; k++){
			r |= 1 << b.cell[u*9+k];
			c |= 1 << b.cell[k*9+u];
			x |= 1 << b.cell[(u/3)*27 + (u%3)*3 + (k/3)*9 + k%3];
		}
		if(r != 16r3fe || c != 16r3fe || x != 16r3fe)
			return 0;
	}
	return 1;
}

puzzles := array[] of {
	"53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
	"..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
	"8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
	"..3.....3.................................................................................",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	for(p := 0; p < len puzzles; p++){
		b: ref Board;
		{
			b = Board.parse(puzzles[p]);
		} exception e {
		"sudoku:*" =>
			sys->print("puzzle %d rejected: %s\n", p+1, e);
			continue;
		}
		givens := 0;
		for(i := 0; i < 81; i++)
			if(b.cell[i] != 0)
				givens++;
		sys->print("puzzle %d (%d givens)\n", p+1, givens);
		if(p == 0)
			b.show();
		ok := b.solve();
		if(!ok){
			sys->print("  no solution after %d nodes\n", b.nodes);
			continue;
		}
		sys->print("  solved in %d nodes, valid=%d\n", b.nodes, valid(b));
		b.show();
	}
}
