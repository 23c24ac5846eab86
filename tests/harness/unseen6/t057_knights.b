implement Knights;

include "sys.m";
	sys: Sys;
include "draw.m";

Knights: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Pos: adt {
	r, c:	int;
	eq:	fn(a, b: Pos): int;
};

Pos.eq(a, b: Pos): int
{
	return a.r == b.r && a.c == b.c;
}

moves := array[] of {
	Pos(-2, -1), Pos(-2, 1), Pos(-1, -2), Pos(-1, 2),
	Pos(1, -2), Pos(1, 2), Pos(2, -1), Pos(2, 1),
};

Board: adt {
	n:	int;
	sq:	array of int;
	backtracks:	int;

	ok:	fn(b: self ref Board, p: Pos): int;
	degree:	fn(b: self ref Board, p: Pos): int;
	tour:	fn(b: self ref Board, p: Pos, step: int): int;
};

Board.ok(b: self ref Board, p: Pos): int
{
	return p.r >= 0 && p.c >= 0 && p.r < b.n && p.c < b.n && b.sq[p.r*b.n + p.c] == 0;
}

Board.degree(b: self ref Board, p: Pos): int
{
	d := 0;
	for(i := 0; i < len moves; i++)
		if(b.ok(Pos(p.r + moves[i].r, p.c + moves[i].c)))
			d++;
	return d;
}

# Warnsdorff ordering with backtracking
Board.tour(b: self ref Board, p: Pos, step: int): int
{
	b.sq[p.r*b.n + p.c] = step;
	if(step == b.n * b.n)
		return 1;
	cand := array[8] of (int, Pos);
	nc := 0;
	for(i := 0; i < len moves; i++){
		q := Pos(p.r + moves[i].r, p.c + moves[i].c);
		if(b.ok(q))
			cand[nc++] = (b.degree(q), q);
	}
	# stable insertion sort by degree
	for(i = 1; i < nc; i++)
		for(j := i; j > 0 && cand[j].t0 < cand[j-1].t0; j--)
			(cand[j], cand[j-1]) = (cand[j-1], cand[j]);
	for(i = 0; i < nc; i++)
		if(b.tour(cand[i].t1, step + 1))
			return 1;
	b.sq[p.r*b.n + p.c] = 0;
	b.backtracks++;
	return 0;
}

check(b: ref Board): string
{
	# verify consecutive steps are knight moves
	where := array[b.n*b.n + 1] of Pos;
	for(r := 0; r < b.n; r++)
		for(c := 0; c < b.n; c++)
			where[b.sq[r*b.n + c]] = Pos(r, c);
outer:
	for(s := 1; s < b.n*b.n; s++){
		d := Pos(where[s+1].r - where[s].r, where[s+1].c - where[s].c);
		for(i := 0; i < len moves; i++)
			if(Pos.eq(d, moves[i]))
				continue outer;
		return sys->sprint("bad step %d", s);
	}
	return "valid";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(n := 3; n <= 8; n++){
		b := ref Board(n, array[n*n] of {* => 0}, 0);
		if(!b.tour(Pos(0, 0), 1)){
			sys->print("%dx%d: no tour from corner (%d backtracks)\n", n, n, b.backtracks);
			continue;
		}
		sys->print("%dx%d: tour found, %d backtracks, %s\n", n, n, b.backtracks, check(b));
		if(n == 5 || n == 8)
			for(r := 0; r < n; r++){
				line := "";
				for(c := 0; c < n; c++)
					line += sys->sprint("%3d", b.sq[r*n + c]);
				sys->print("%s\n", line);
			}
	}
}
