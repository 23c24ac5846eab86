implement NQueens;

include "sys.m";
	sys: Sys;
include "draw.m";

NQueens: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Board: adt {
	n:	int;
	col:	array of int;
	nsol:	int;
	first:	array of int;

	new:	fn(n: int): ref Board;
	safe:	fn(b: self ref Board, row, c: int): int;
	solve:	fn(b: self ref Board, row: int);
	show:	fn(b: self ref Board): list of string;
};

Board.new(n: int): ref Board
{
	return ref Board(n, array[n] of {* => -1}, 0, nil);
}

Board.safe(b: self ref Board, row, c: int): int
{
	for(r := 0; r < row; r++){
		d := b.col[r] - c;
		if(d == 0 || d == row - r || d == r - row)
			return 0;
	}
	return 1;
}

Board.solve(b: self ref Board, row: int)
{
	if(row == b.n){
		if(b.nsol == 0){
			b.first = array[b.n] of int;
			b.first[0:] = b.col;
		}
		b.nsol++;
		return;
	}
	for(c := 0; c < b.n; c++)
		if(b.safe(row, c)){
			b.col[row] = c;
			b.solve(row+1);
			b.col[row] = -1;
		}
}

Board.show(b: self ref Board): list of string
{
	l: list of string;
	if(b.first == nil)
		return nil;
	for(r := b.n-1; r >= 0; r--){
		s := "";
		for(c := 0; c < b.n; c++)
			if(b.first[r] == c)
				s += "Q";
			else
				s += ".";
		l = s :: l;
	}
	return l;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	total := 0;
	for(n := 1; n <= 8; n++){
		b := Board.new(n);
		b.solve(0);
		total += b.nsol;
		sys->print("n=%d solutions=%-4d running=%d\n", n, b.nsol, total);
		if(n == 6)
			for(l := b.show(); l != nil; l = tl l)
				sys->print("  %s\n", hd l);
	}
}
