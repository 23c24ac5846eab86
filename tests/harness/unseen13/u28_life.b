implement Life;

include "sys.m";
	sys: Sys;
include "draw.m";

Life: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

W: con 20;
H: con 10;

Board: adt {
	c:	array of array of byte;
	gen:	int;

	new:	fn(pic: array of string): ref Board;
	step:	fn(b: self ref Board): ref Board;
	count:	fn(b: self ref Board): int;
	show:	fn(b: self ref Board);
};

Board.new(pic: array of string): ref Board
{
	b := ref Board(array[H] of array of byte, 0);
	for(y := 0; y < H; y++){
		b.c[y] = array[W] of {* => byte 0};
		if(y < len pic)
			for(x := 0; x < len pic[y] && x < W; x++)
				if(pic[y][x] == '#')
					b.c[y][x] = byte 1;
	}
	return b;
}

Board.step(b: self ref Board): ref Board
{
	nb := Board.new(nil);
	nb.gen = b.gen + 1;
	for(y := 0; y < H; y++)
		for(x := 0; x < W; x++){
			n := 0;
			for(dy := -1; dy <= 1; dy++)
				for(dx := -1; dx <= 1; dx++)
					if(dx != 0 || dy != 0)
						n += int b.c[(y+dy+H)%H][(x+dx+W)%W];
			alive := int b.c[y][x];
			if(n == 3 || (alive && n == 2))
				nb.c[y][x] = byte 1;
		}
	return nb;
}

Board.count(b: self ref Board): int
{
	n := 0;
	for(y := 0; y < H; y++)
		for(x := 0; x < W; x++)
			n += int b.c[y][x];
	return n;
}

Board.show(b: self ref Board)
{
	sys->print("generation %d, %d alive\n", b.gen, b.count());
	for(y := 0; y < H; y++){
		s := "";
		for(x := 0; x < W; x++)
			s[x] = ".#"[int b.c[y][x]];
		sys->print("%s\n", s);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := Board.new(array[] of {
		".#..................",
		"..#.................",
		"###.................",
		"....................",
		"..............###...",
		"....................",
		"......##............",
		"......##............",
	});
	b.show();
	for(i := 0; i < 8; i++){
		b = b.step();
		if(i % 4 == 3)
			b.show();
	}
	pop := array[30] of int;
	for(i = 0; i < len pop; i++){
		pop[i] = b.count();
		b = b.step();
	}
	sys->print("populations:");
	for(i = 0; i < len pop; i++)
		sys->print(" %d", pop[i]);
	sys->print("\n");
}
