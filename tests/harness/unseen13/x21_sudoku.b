implement Sudoku;

include "sys.m";
	sys: Sys;
include "draw.m";

Sudoku: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Grid: adt {
	v:	array of int;
	rows, cols, boxes:	array of int;	# bitmasks of used digits
	guesses:	int;
	parse:	fn(s: string): ref Grid;
	can:	fn(g: self ref Grid, i, d: int): int;
	put:	fn(g: self ref Grid, i, d: int);
	clear:	fn(g: self ref Grid, i: int);
	solve:	fn(g: self ref Grid): int;
	show:	fn(g: self ref Grid);
};

box(i: int): int
{
	return (i/27)*3 + (i%9)/3;
}

Grid.parse(s: string): ref Grid
{
	g := ref Grid(array[81] of {* => 0}, array[9] of {* => 0},
		array[9] of {* => 0}, array[9] of {* => 0}, 0);
	k := 0;
	for(j := 0; j < len s && k < 81; j++){
		c := s[j];
		if(c == '.' || c == '0')
			k++;
		else if(c >= '1' && c <= '9'){
			if(!g.can(k, c - '0')) raise sys->sprint("sudoku: conflict at r%dc%d", k/9+1, k%9+1);
			g.put(k++, c - '0');
		}
	}
	if(k != 81) raise "sudoku: short puzzle";
	return g;
}

Grid.can(g: self ref Grid, i, d: int): int
{
	bit := 1 << d;
	return (g.rows[i/9] & bit) == 0 && (g.cols[i%9] & bit) == 0 && (g.boxes[box(i)] & bit) == 0;
}

Grid.put(g: self ref Grid, i, d: int)
{
	g.v[i] = d;
	bit := 1 << d;
	g.rows[i/9] |= bit;
	g.cols[i%9] |= bit;
	g.boxes[box(i)] |= bit;
}

Grid.clear(g: self ref Grid, i: int)
{
	bit := ~(1 << g.v[i]);
	g.rows[i/9] &= bit;
	g.cols[i%9] &= bit;
	g.boxes[box(i)] &= bit;
	g.v[i] = 0;
}

# choose the empty cell with fewest candidates, then backtrack
Grid.solve(g: self ref Grid): int
{
	best := -1;
	bestn := 10;
	for(i := 0; i < 81; i++){
		if(g.v[i] != 0) continue;
		n := 0;
		for(d := 1; d <= 9; d++)
			if(g.can(i, d))
				n++;
		if(n < bestn){
			best = i;
			bestn = n;
		}
	}
	if(best < 0) return 1;
	if(bestn == 0) return 0;
	for(d := 1; d <= 9; d++){
		if(!g.can(best, d)) continue;
		g.guesses++;
		g.put(best, d);
		if(g.solve()) return 1;
		g.clear(best);
	}
	return 0;
}

Grid.show(g: self ref Grid)
{
	for(r := 0; r < 9; r++){
		if(r > 0 && r%3 == 0)
			sys->print("  ------+-------+------\n");
		line := " ";
		for(c := 0; c < 9; c++){
			if(c > 0 && c%3 == 0)
				line += " |";
			d := g.v[r*9+c];
			if(d == 0)
				line += " .";
			else
				line += " " + string d;
		}
		sys->print("%s\n", line);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	puzzles := array[] of {
		"53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
		"4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
		"55..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
		"1.3.5.7.9",
		"12345678." +
			"........9" + "................................................................................"[0:63],
	};
	for(p := 0; p < len puzzles; p++){
		sys->print("puzzle %d:\n", p+1);
		{
			g := Grid.parse(puzzles[p]);
			if(g.solve()){
				g.show();
				sys->print("solved with %d placements\n", g.guesses);
			}else
				sys->print("no solution (%d placements tried)\n", g.guesses);
		} exception e {
		"sudoku:*" =>
			sys->fprint(sys->fildes(2), "%s\n", e);
		}
	}
}
