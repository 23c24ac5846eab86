implement TicTacToe;

include "sys.m";
	sys: Sys;
include "draw.m";

TicTacToe: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

lines := array[] of {
	(0,1,2), (3,4,5), (6,7,8), (0,3,6), (1,4,7), (2,5,8), (0,4,8), (2,4,6),
};

nodes := 0;

# memo keyed by board string
Memo: adt {
	tab:	array of list of (string, int);
	hits:	int;

	look:	fn(m: self ref Memo, k: string): (int, int);
	store:	fn(m: self ref Memo, k: string, v: int);
};

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = h*3 + s[i] % 3;
	return h % len memo.tab;
}

memo: ref Memo;

Memo.look(m: self ref Memo, k: string): (int, int)
{
	for(l := m.tab[hash(k)]; l != nil; l = tl l)
		if((hd l).t0 == k){
			m.hits++;
			return ((hd l).t1, 1);
		}
	return (0, 0);
}

Memo.store(m: self ref Memo, k: string, v: int)
{
	h := hash(k);
	m.tab[h] = (k, v) :: m.tab[h];
}

winner(b: string): int
{
	for(i := 0; i < len lines; i++){
		(x, y, z) := lines[i];
		if(b[x] != '.' && b[x] == b[y] && b[y] == b[z])
			return b[x];
	}
	return 0;
}

full(b: string): int
{
	for(i := 0; i < 9; i++)
		if(b[i] == '.')
			return 0;
	return 1;
}

other(p: int): int
{
	if(p == 'X')
		return 'O';
	return 'X';
}

# score from X's point of view: +10-depth win, -10+depth loss, 0 draw;
# depth is the number of filled squares so memoised values are consistent
minimax(b: string, turn: int): int
{
	nodes++;
	depth := 0;
	for(k := 0; k < 9; k++)
		if(b[k] != '.')
			depth++;
	key := b;
	key[9] = turn;
	(v, ok) := memo.look(key);
	if(ok)
		return v;
	w := winner(b);
	if(w == 'X')
		v = 10 - depth;
	else if(w == 'O')
		v = depth - 10;
	else if(full(b))
		v = 0;
	else{
		best := -100;
		if(turn == 'O')
			best = 100;
		for(i := 0; i < 9; i++){
			if(b[i] != '.')
				continue;
			nb := b;
			nb[i] = turn;
			s := minimax(nb, other(turn));
			if(turn == 'X' && s > best || turn == 'O' && s < best)
				best = s;
		}
		v = best;
	}
	memo.store(key, v);
	return v;
}

bestmove(b: string, turn: int): int
{
	bm := -1;
	bs := 0;
	for(i := 0; i < 9; i++){
		if(b[i] != '.')
			continue;
		nb := b;
		nb[i] = turn;
		s := minimax(nb, other(turn));
		if(turn == 'O')
			s = -s;
		if(bm < 0 || s > bs){
			bm = i;
			bs = s;
		}
	}
	return bm;
}

show(b: string)
{
	for(r := 0; r < 3; r++)
		sys->print("  %s\n", b[r*3:r*3+3]);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	memo = ref Memo(array[1031] of list of (string, int), 0);
	empty := ".........";
	sys->print("value of empty board: %d\n", minimax(empty, 'X'));
	sys->print("positions searched %d, memo hits %d\n", nodes, memo.hits);
	# perfect play game
	b := empty;
	turn := 'X';
	moves := "";
	while(winner(b) == 0 && !full(b)){
		m := bestmove(b, turn);
		b[m] = turn;
		moves += sys->sprint("%c%d ", turn, m);
		turn = other(turn);
	}
	sys->print("perfect game: %s\n", moves);
	show(b);
	w := winner(b);
	if(w == 0)
		sys->print("result: draw\n");
	else
		sys->print("result: %c wins\n", w);
	# a position where X can force a win
	p := "X.O.X..O.";
	show(p);
	m := bestmove(p, 'X');
	sys->print("X to move: best square %d, value %d\n", m, minimax(p, 'X'));
	p2 := "XX.OO....";
	sys->print("O to move on %s: best %d\n", p2, bestmove(p2, 'O'));
}
