implement Referee;

include "sys.m";
	sys: Sys;
include "draw.m";

Referee: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

lines := array[] of {
	(0, 1, 2), (3, 4, 5), (6, 7, 8),
	(0, 3, 6), (1, 4, 7), (2, 5, 8),
	(0, 4, 8), (2, 4, 6),
};

winner(b: array of int): int
{
	for(i := 0; i < len lines; i++){
		(x, y, z) := lines[i];
		if(b[x] != '.' && b[x] == b[y] && b[y] == b[z])
			return b[x];
	}
	return 0;
}

full(b: array of int): int
{
	for(i := 0; i < 9; i++)
		if(b[i] == '.')
			return 0;
	return 1;
}

show(b: array of int)
{
	for(r := 0; r < 3; r++)
		sys->print("    %c %c %c\n", b[3*r], b[3*r+1], b[3*r+2]);
}

# minimax: +1 if X wins, -1 if O wins
nodes := 0;
minimax(b: array of int, turn: int): (int, int)
{
	nodes++;
	w := winner(b);
	if(w == 'X')
		return (1, -1);
	if(w == 'O')
		return (-1, -1);
	if(full(b))
		return (0, -1);
	best := -2;
	if(turn == 'O')
		best = 2;
	bestmove := -1;
	for(i := 0; i < 9; i++){
		if(b[i] != '.')
			continue;
		b[i] = turn;
		next := 'X';
		if(turn == 'X')
			next = 'O';
		(v, nil) := minimax(b, next);
		b[i] = '.';
		if((turn == 'X' && v > best) || (turn == 'O' && v < best)){
			best = v;
			bestmove = i;
		}
	}
	return (best, bestmove);
}

referee(name, moves: string)
{
	sys->print("game %s: moves \"%s\"\n", name, moves);
	b := array[9] of {* => '.'};
	turn := 'X';
	for(i := 0; i < len moves; i++){
		c := moves[i];
		if(c < '1' || c > '9'){
			sys->print("  move %d: '%c' is not a square -- game void\n", i+1, c);
			return;
		}
		sq := c - '1';
		if(winner(b) != 0){
			sys->print("  move %d: game already over -- extra move ignored\n", i+1);
			break;
		}
		if(b[sq] != '.'){
			sys->print("  move %d: %c plays %c but square is taken by %c -- %c forfeits\n",
				i+1, turn, c, b[sq], turn);
			show(b);
			return;
		}
		b[sq] = turn;
		if(turn == 'X')
			turn = 'O';
		else
			turn = 'X';
	}
	show(b);
	w := winner(b);
	if(w != 0)
		sys->print("  result: %c wins\n", w);
	else if(full(b))
		sys->print("  result: draw\n");
	else{
		nodes = 0;
		(v, m) := minimax(b, turn);
		outcome := "draw";
		if(v > 0)
			outcome = "X wins";
		else if(v < 0)
			outcome = "O wins";
		sys->print("  unfinished; %c to move, best square %d, perfect play gives %s (%d positions)\n",
			turn, m+1, outcome, nodes);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	games := array[] of {
		("a", "5193746"),
		("b", "159372846"),
		("c", "1234567"),
		("d", "55"),
		("e", "12a"),
		("f", "5"),
		("g", "73159"),
		("h", "1473952"),
		("i", "1524"),
		("j", "15926378"),
	};
	for(i := 0; i < len games; i++){
		(n, m) := games[i];
		referee(n, m);
	}
}
