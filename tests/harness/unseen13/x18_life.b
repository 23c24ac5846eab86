#args: 200
implement Life;

include "sys.m";
	sys: Sys;
include "draw.m";

Life: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

W: con 16;
H: con 12;

Board: adt {
	cells:	array of byte;
	gen:	int;
	new:	fn(): ref Board;
	alive:	fn(b: self ref Board, x, y: int): int;
	step:	fn(b: self ref Board): ref Board;
	pop:	fn(b: self ref Board): int;
	key:	fn(b: self ref Board): string;
	show:	fn(b: self ref Board);
	place:	fn(b: self ref Board, x, y: int, pat: array of string);
};

History: adt {
	keys:	array of string;
	n:	int;
	add:	fn(h: self ref History, k: string): int;	# returns earlier gen or -1
};

Board.new(): ref Board
{
	return ref Board(array[W*H] of {* => byte 0}, 0);
}

# the world wraps around at the edges (a torus)
Board.alive(b: self ref Board, x, y: int): int
{
	x = (x + W) % W;
	y = (y + H) % H;
	return int b.cells[y*W + x];
}

Board.step(b: self ref Board): ref Board
{
	nb := Board.new();
	nb.gen = b.gen + 1;
	for(y := 0; y < H; y++)
		for(x := 0; x < W; x++){
			n := 0;
			for(dy := -1; dy <= 1; dy++)
				for(dx := -1; dx <= 1; dx++)
					if(dx != 0 || dy != 0)
						n += b.alive(x+dx, y+dy);
			if(n == 3 || n == 2 && b.alive(x, y))
				nb.cells[y*W + x] = byte 1;
		}
	return nb;
}

Board.pop(b: self ref Board): int
{
	n := 0;
	for(i := 0; i < len b.cells; i++)
		n += int b.cells[i];
	return n;
}

Board.key(b: self ref Board): string
{
	s := "";
	for(i := 0; i < len b.cells; i += 4){
		v := 0;
		for(j := 0; j < 4; j++)
			v = v<<1 | int b.cells[i+j];
		s[len s] = "0123456789abcdef"[v];
	}
	return s;
}

Board.show(b: self ref Board)
{
	sys->print("generation %d, population %d\n", b.gen, b.pop());
	for(y := 0; y < H; y++){
		line := "";
		for(x := 0; x < W; x++)
			if(b.cells[y*W + x] != byte 0)
				line += "O";
			else
				line += ".";
		sys->print("  %s\n", line);
	}
}

Board.place(b: self ref Board, x, y: int, pat: array of string)
{
	for(r := 0; r < len pat; r++)
		for(c := 0; c < len pat[r]; c++)
			if(pat[r][c] == 'O')
				b.cells[((y+r)%H)*W + (x+c)%W] = byte 1;
}

History.add(h: self ref History, k: string): int
{
	for(i := 0; i < h.n; i++)
		if(h.keys[i] == k) return i;
	if(h.n == len h.keys){
		nk := array[2*h.n] of string;
		nk[0:] = h.keys;
		h.keys = nk;
	}
	h.keys[h.n++] = k;
	return -1;
}

run(name: string, b: ref Board, maxgen: int)
{
	sys->print("--- %s ---\n", name);
	b.show();
	h := ref History(array[8] of string, 0);
	for(;;){
		prev := h.add(b.key());
		if(prev >= 0){
			sys->print("%s: state of gen %d repeats gen %d (period %d)\n", name, b.gen, prev, b.gen - prev);
			break;
		}
		if(b.gen >= maxgen){
			sys->print("%s: no cycle within %d generations\n", name, maxgen);
			break;
		}
		b = b.step();
	}
	b.show();
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	maxgen := 20;
	if(tl argv != nil)
		maxgen = int hd tl argv;
	b := Board.new();
	b.place(1, 1, array[] of {".O.", "..O", "OOO"});
	run("glider", b, maxgen);
	b = Board.new();
	b.place(5, 5, array[] of {"OOO"});
	b.place(10, 2, array[] of {"OO", "OO"});
	run("blinker+block", b, maxgen);
	b = Board.new();
	b.place(6, 4, array[] of {".OO", "OO.", ".O."});
	run("r-pentomino", b, maxgen);
}
