implement ChessMoves;

include "sys.m";
	sys: Sys;
include "draw.m";

ChessMoves: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

WHITE, BLACK: con iota;

Move: adt {
	src, dst:	int;
	piece:	int;
	capt:	int;
	str:	fn(m: self Move): string;
};

Board: adt {
	sq:	array of int;	# 0 empty, 'P','N',.. white, 'p','n',.. black
	side:	int;
	fromfen:	fn(fen: string): ref Board;
	gen:	fn(b: self ref Board): list of Move;
	make:	fn(b: self ref Board, m: Move): ref Board;
	print:	fn(b: self ref Board);
};

knightd := array[] of {(1,2),(2,1),(2,-1),(1,-2),(-1,-2),(-2,-1),(-2,1),(-1,2)};
kingd := array[] of {(1,0),(1,1),(0,1),(-1,1),(-1,0),(-1,-1),(0,-1),(1,-1)};
rookd := array[] of {(1,0),(0,1),(-1,0),(0,-1)};
bishd := array[] of {(1,1),(-1,1),(-1,-1),(1,-1)};

sqname(s: int): string
{
	return sys->sprint("%c%c", 'a' + s%8, '1' + s/8);
}

Move.str(m: self Move): string
{
	sep := "-";
	if(m.capt != 0)
		sep = "x";
	return sys->sprint("%c%s%s%s", m.piece, sqname(m.src), sep, sqname(m.dst));
}

colour(p: int): int
{
	if(p >= 'a') return BLACK;
	return WHITE;
}

upper(p: int): int
{
	if(p >= 'a') return p - 'a' + 'A';
	return p;
}

Board.fromfen(fen: string): ref Board
{
	b := ref Board(array[64] of {* => 0}, WHITE);
	(r, f) := (7, 0);
	for(i := 0; i < len fen; i++){
		c := fen[i];
		if(c == ' '){
			if(i+1 < len fen && fen[i+1] == 'b')
				b.side = BLACK;
			break;
		}
		if(c == '/'){
			r--;
			f = 0;
		}else if(c >= '1' && c <= '8')
			f += c - '0';
		else
			b.sq[r*8 + f++] = c;
	}
	return b;
}

Board.gen(b: self ref Board): list of Move
{
	moves: list of Move;
	for(s := 0; s < 64; s++){
		p := b.sq[s];
		if(p == 0 || colour(p) != b.side) continue;
		(r, f) := (s/8, s%8);
		up := upper(p);
		dirs: array of (int, int);
		slide := 0;
		case up {
		'N' =>	dirs = knightd;
		'K' =>	dirs = kingd;
		'R' =>	dirs = rookd; slide = 1;
		'B' =>	dirs = bishd; slide = 1;
		'Q' =>	dirs = kingd; slide = 1;
		'P' =>
			(dr, start) := (1, 1);
			if(b.side == BLACK)
				(dr, start) = (-1, 6);
			t := s + 8*dr;
			if(t >= 0 && t < 64 && b.sq[t] == 0){
				moves = Move(s, t, up, 0) :: moves;
				t2 := t + 8*dr;
				if(r == start && b.sq[t2] == 0)
					moves = Move(s, t2, up, 0) :: moves;
			}
			for(df := -1; df <= 1; df += 2){
				(nr, nf) := (r + dr, f + df);
				if(nf < 0 || nf > 7 || nr < 0 || nr > 7) continue;
				q := b.sq[nr*8+nf];
				if(q != 0 && colour(q) != b.side)
					moves = Move(s, nr*8+nf, up, q) :: moves;
			}
		}
		for(d := 0; d < len dirs; d++){
			(dr, df) := dirs[d];
			(nr, nf) := (r+dr, f+df);
			while(nr >= 0 && nr < 8 && nf >= 0 && nf < 8){
				q := b.sq[nr*8+nf];
				if(q != 0 && colour(q) == b.side) break;
				moves = Move(s, nr*8+nf, up, q) :: moves;
				if(q != 0 || !slide) break;
				nr += dr;
				nf += df;
			}
		}
	}
	return moves;
}

Board.make(b: self ref Board, m: Move): ref Board
{
	nb := ref Board(array[64] of int, 1 - b.side);
	nb.sq[0:] = b.sq;
	nb.sq[m.dst] = nb.sq[m.src];
	nb.sq[m.src] = 0;
	return nb;
}

Board.print(b: self ref Board)
{
	for(r := 7; r >= 0; r--){
		sys->print("%d ", r+1);
		for(f := 0; f < 8; f++){
			p := b.sq[r*8+f];
			if(p == 0)
				p = '.';
			sys->print(" %c", p);
		}
		sys->print("\n");
	}
	sys->print("   a b c d e f g h\n");
}

perft(b: ref Board, depth: int): int
{
	if(depth == 0) return 1;
	n := 0;
	for(ml := b.gen(); ml != nil; ml = tl ml){
		m := hd ml;
		if(upper(m.capt) == 'K') continue;
		n += perft(b.make(m), depth-1);
	}
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fens := array[] of {
		"rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w",
		"r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w",
		"8/8/3k4/8/3Q4/8/8/4K3 b",
	};
	for(i := 0; i < len fens; i++){
		b := Board.fromfen(fens[i]);
		b.print();
		ml := b.gen();
		counts := array[128] of {* => 0};
		caps := 0;
		for(l := ml; l != nil; l = tl l){
			counts[(hd l).piece]++;
			if((hd l).capt != 0)
				caps++;
		}
		sys->print("moves %d captures %d:", len ml, caps);
		for(c := 'A'; c <= 'Z'; c++)
			if(counts[c] > 0)
				sys->print(" %c=%d", c, counts[c]);
		sys->print("\n");
		for(l = ml; l != nil; l = tl l)
			if((hd l).capt != 0)
				sys->print("  %s", (hd l).str());
		sys->print("\nperft(1)=%d perft(2)=%d\n\n", perft(b, 1), perft(b, 2));
	}
}
