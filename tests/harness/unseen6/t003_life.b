implement Life;

include "sys.m";
	sys: Sys;
include "draw.m";

Life: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

W: con 12;
H: con 10;

World: adt {
	cells:	array of byte;
	gen:	int;

	at:	fn(w: self ref World, x, y: int): int;
	set:	fn(w: self ref World, x, y: int);
	step:	fn(w: self ref World): ref World;
	pop:	fn(w: self ref World): int;
	dump:	fn(w: self ref World);
};

World.at(w: self ref World, x, y: int): int
{
	x = (x + W) % W;
	y = (y + H) % H;
	return int w.cells[y*W + x];
}

World.set(w: self ref World, x, y: int)
{
	w.cells[y*W + x] = byte 1;
}

World.step(w: self ref World): ref World
{
	n := ref World(array[W*H] of {* => byte 0}, w.gen+1);
	for(y := 0; y < H; y++)
		for(x := 0; x < W; x++){
			c := 0;
			for(dy := -1; dy <= 1; dy++)
				for(dx := -1; dx <= 1; dx++)
					if(dx != 0 || dy != 0)
						c += w.at(x+dx, y+dy);
			alive := w.at(x, y);
			if(c == 3 || (alive && c == 2))
				n.set(x, y);
		}
	return n;
}

World.pop(w: self ref World): int
{
	p := 0;
	for(i := 0; i < len w.cells; i++)
		p += int w.cells[i];
	return p;
}

World.dump(w: self ref World)
{
	sys->print("gen %d pop %d\n", w.gen, w.pop());
	for(y := 0; y < H; y++){
		line := "";
		for(x := 0; x < W; x++)
			if(w.at(x, y))
				line[len line] = '#';
			else
				line[len line] = '.';
		sys->print("|%s|\n", line);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	w := ref World(array[W*H] of {* => byte 0}, 0);
	# glider
	pts := array[] of {(1,0), (2,1), (0,2), (1,2), (2,2)};
	for(i := 0; i < len pts; i++){
		(x, y) := pts[i];
		w.set(x, y);
	}
	# blinker
	w.set(8, 6); w.set(9, 6); w.set(10, 6);
	w.dump();
	for(g := 1; g <= 8; g++){
		w = w.step();
		if(g % 4 == 0)
			w.dump();
		else
			sys->print("gen %d pop %d\n", w.gen, w.pop());
	}
}
