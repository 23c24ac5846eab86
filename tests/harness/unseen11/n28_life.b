#args: 40
implement Life;

include "sys.m";
	sys: Sys;
include "draw.m";

Life: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Board: adt {
	cells:	array of array of byte;
	gen:	int;

	parse:	fn(rows: array of string): ref Board;
	step:	fn(b: self ref Board);
	key:	fn(b: self ref Board): string;
	alive:	fn(b: self ref Board): int;
	show:	fn(b: self ref Board);
};

Board.parse(rows: array of string): ref Board
{
	c := array[len rows] of array of byte;
	for(i := 0; i < len rows; i++){
		c[i] = array[len rows[0]] of {* => byte 0};
		for(j := 0; j < len rows[i]; j++)
			if(rows[i][j] == 'O')
				c[i][j] = byte 1;
	}
	return ref Board(c, 0);
}

# the board wraps around at the edges
Board.step(b: self ref Board)
{
	h := len b.cells;
	w := len b.cells[0];
	next := array[h] of array of byte;
	for(r := 0; r < h; r++){
		next[r] = array[w] of byte;
		for(c := 0; c < w; c++){
			n := 0;
			for(dr := -1; dr <= 1; dr++)
				for(dc := -1; dc <= 1; dc++)
					if(dr != 0 || dc != 0)
						n += int b.cells[(r+dr+h)%h][(c+dc+w)%w];
			case n {
			3 =>	next[r][c] = byte 1;
			2 =>	next[r][c] = b.cells[r][c];
			* =>	next[r][c] = byte 0;
			}
		}
	}
	b.cells = next;
	b.gen++;
}

Board.key(b: self ref Board): string
{
	s := "";
	for(r := 0; r < len b.cells; r++)
		for(c := 0; c < len b.cells[r]; c++)
			s[len s] = '0' + int b.cells[r][c];
	return s;
}

Board.alive(b: self ref Board): int
{
	n := 0;
	for(r := 0; r < len b.cells; r++)
		for(c := 0; c < len b.cells[r]; c++)
			n += int b.cells[r][c];
	return n;
}

Board.show(b: self ref Board)
{
	sys->print("gen %d, %d alive\n", b.gen, b.alive());
	for(r := 0; r < len b.cells; r++){
		line := "";
		for(c := 0; c < len b.cells[r]; c++)
			line[c] = ".O"[int b.cells[r][c]];
		sys->print("  %s\n", line);
	}
}

run(name: string, rows: array of string, maxgen: int, showevery: int)
{
	sys->print("== %s\n", name);
	b := Board.parse(rows);
	seen: list of (string, int);
	for(;;){
		if(showevery > 0 && b.gen % showevery == 0)
			b.show();
		k := b.key();
		for(l := seen; l != nil; l = tl l){
			(sk, g) := hd l;
			if(sk == k){
				sys->print("gen %d repeats gen %d: period %d\n", b.gen, g, b.gen - g);
				return;
			}
		}
		if(b.alive() == 0){
			sys->print("died out at gen %d\n", b.gen);
			return;
		}
		if(b.gen >= maxgen){
			sys->print("still going at gen %d, %d alive\n", b.gen, b.alive());
			return;
		}
		seen = (k, b.gen) :: seen;
		b.step();
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	maxgen := 30;
	if(tl argv != nil)
		maxgen = int hd tl argv;
	run("blinker", array[] of {".....", "..O..", "..O..", "..O..", "....."}, maxgen, 1);
	run("glider", array[] of {
		".O....", "..O...", "OOO...", "......", "......", "......",
	}, maxgen, 8);
	run("diehard-ish", array[] of {"......", ".OO...", "..O...", "......"}, maxgen, 0);
	run("r-pent", array[] of {
		"..........", "..........", "....OO....", "...OO.....",
		"....O.....", "..........", "..........", "..........",
	}, maxgen, 0);
}
