implement Life;

include "sys.m";
	sys: Sys;
include "draw.m";

Life: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

W: con 12;
H: con 8;

Board: type array of array of byte;

newboard(): Board
{
	b := array[H] of array of byte;
	for(r := 0; r < H; r++)
		b[r] = array[W] of {* => byte 0};
	return b;
}

neighbours(b: Board, r, c: int): int
{
	n := 0;
	for(dr := -1; dr <= 1; dr++)
		for(dc := -1; dc <= 1; dc++){
			if(dr == 0 && dc == 0)
				continue;
			# wrap around: a torus
			rr := (r + dr + H) % H;
			cc := (c + dc + W) % W;
			n += int b[rr][cc];
		}
	return n;
}

step(b: Board): (Board, int, int)
{
	nb := newboard();
	births := 0;
	deaths := 0;
	for(r := 0; r < H; r++)
		for(c := 0; c < W; c++){
			n := neighbours(b, r, c);
			alive := b[r][c] != byte 0;
			if(alive && (n == 2 || n == 3))
				nb[r][c] = byte 1;
			else if(!alive && n == 3){
				nb[r][c] = byte 1;
				births++;
			}else if(alive)
				deaths++;
		}
	return (nb, births, deaths);
}

population(b: Board): int
{
	p := 0;
	for(r := 0; r < H; r++)
		for(c := 0; c < W; c++)
			p += int b[r][c];
	return p;
}

same(a, b: Board): int
{
	for(r := 0; r < H; r++)
		for(c := 0; c < W; c++)
			if(a[r][c] != b[r][c])
				return 0;
	return 1;
}

show(g: int, b: Board)
{
	sys->print("gen %d pop %d\n", g, population(b));
	for(r := 0; r < H; r++){
		s := "";
		for(c := 0; c < W; c++)
			if(b[r][c] != byte 0)
				s += "#";
			else
				s += ".";
		sys->print("  %s\n", s);
	}
}

place(b: Board, r0, c0: int, pat: array of string)
{
	for(r := 0; r < len pat; r++)
		for(c := 0; c < len pat[r]; c++)
			if(pat[r][c] == 'o')
				b[r0+r][c0+c] = byte 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := newboard();
	place(b, 0, 1, array[] of {".o.", "..o", "ooo"});	# glider
	place(b, 4, 8, array[] of {"ooo"});		# blinker
	show(0, b);
	start := b;
	for(g := 1; g <= 48; g++){
		(nb, born, died) := step(b);
		b = nb;
		if(g <= 2 || g % 16 == 0){
			sys->print("born %d died %d\n", born, died);
			show(g, b);
		}
		if(same(b, start)){
			sys->print("back to the start after %d generations\n", g);
			break;
		}
	}
}
