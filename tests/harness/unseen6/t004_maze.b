implement Maze;

include "sys.m";
	sys: Sys;
include "draw.m";

Maze: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# Park-Miller style generator, deterministic
seed := 12345;

rand(n: int): int
{
	seed = (seed * 1103515245 + 12345) & 16r7fffffff;
	return (seed >> 8) % n;
}

MW: con 8;
MH: con 6;

N, E, S, Wst: con 1 << iota;

walls: array of int;
visited: array of int;

dx := array[] of {0, 1, 0, -1};
dy := array[] of {-1, 0, 1, 0};
bit := array[] of {N, E, S, Wst};
opp := array[] of {S, Wst, N, E};

carve(x, y: int)
{
	visited[y*MW+x] = 1;
	order := array[] of {0, 1, 2, 3};
	for(i := 3; i > 0; i--){
		j := rand(i+1);
		(order[i], order[j]) = (order[j], order[i]);
	}
	for(k := 0; k < 4; k++){
		d := order[k];
		nx := x + dx[d];
		ny := y + dy[d];
		if(nx < 0 || ny < 0 || nx >= MW || ny >= MH || visited[ny*MW+nx])
			continue;
		walls[y*MW+x] &= ~bit[d];
		walls[ny*MW+nx] &= ~opp[d];
		carve(nx, ny);
	}
}

# BFS shortest path length from (0,0) to (MW-1,MH-1)
pathlen(): int
{
	dist := array[MW*MH] of {* => -1};
	q := array[MW*MH] of int;
	qh := 0;
	qt := 0;
	q[qt++] = 0;
	dist[0] = 0;
	while(qh < qt){
		c := q[qh++];
		x := c % MW;
		y := c / MW;
		for(d := 0; d < 4; d++){
			if(walls[c] & bit[d])
				continue;
			n := (y+dy[d])*MW + x+dx[d];
			if(dist[n] < 0){
				dist[n] = dist[c] + 1;
				q[qt++] = n;
			}
		}
	}
	return dist[MW*MH-1];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	walls = array[MW*MH] of {* => N|E|S|Wst};
	visited = array[MW*MH] of {* => 0};
	carve(0, 0);
	top := "+";
	for(x := 0; x < MW; x++)
		top += "--+";
	sys->print("%s\n", top);
	for(y := 0; y < MH; y++){
		mid := "|";
		bot := "+";
		for(x = 0; x < MW; x++){
			w := walls[y*MW+x];
			mid += "  ";
			if(w & E)
				mid += "|";
			else
				mid += " ";
			if(w & S)
				bot += "--+";
			else
				bot += "  +";
		}
		sys->print("%s\n%s\n", mid, bot);
	}
	sys->print("shortest path: %d steps\n", pathlen());
	open := 0;
	for(i := 0; i < len walls; i++)
		for(b := walls[i]; b != 0; b >>= 1)
			open += b & 1;
	sys->print("wall sides remaining: %d\n", open);
}
