implement Maze;

include "sys.m";
	sys: Sys;
include "draw.m";

Maze: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

grid := array[] of {
	"###################",
	"#S    #     #     #",
	"# ### # ### # ### #",
	"# #   #   #   #   #",
	"# # ##### ##### # #",
	"# #     #     # # #",
	"# ##### # ### # # #",
	"#     # #   #   # #",
	"##### # ### ##### #",
	"#               #E#",
	"###################",
};

Point: adt {
	r, c:	int;
};

dirs := array[] of {Point(-1, 0), Point(0, 1), Point(1, 0), Point(0, -1)};

find(g: array of string, ch: int): Point
{
	for(r := 0; r < len g; r++)
		for(c := 0; c < len g[r]; c++)
			if(g[r][c] == ch)
				return Point(r, c);
	return Point(-1, -1);
}

# breadth first search; returns distance grid (-1 unreachable) and visit count
bfs(g: array of string, s: Point): (array of array of int, int)
{
	h := len g;
	w := len g[0];
	dist := array[h] of array of int;
	for(r := 0; r < h; r++)
		dist[r] = array[w] of {* => -1};
	q := array[h*w] of Point;
	head := 0;
	tail := 0;
	q[tail++] = s;
	dist[s.r][s.c] = 0;
	while(head < tail){
		p := q[head++];
		for(d := 0; d < len dirs; d++){
			n := Point(p.r + dirs[d].r, p.c + dirs[d].c);
			if(n.r < 0 || n.r >= h || n.c < 0 || n.c >= w)
				continue;
			if(g[n.r][n.c] == '#' || dist[n.r][n.c] >= 0)
				continue;
			dist[n.r][n.c] = dist[p.r][p.c] + 1;
			q[tail++] = n;
		}
	}
	return (dist, tail);
}

solve(name: string, g: array of string)
{
	sys->print("%s:\n", name);
	s := find(g, 'S');
	e := find(g, 'E');
	(dist, visited) := bfs(g, s);
	if(dist[e.r][e.c] < 0){
		sys->print("  no path (%d cells reachable)\n\n", visited);
		return;
	}
	# walk back from the end along decreasing distance
	out := array[len g] of string;
	for(r := 0; r < len g; r++)
		out[r] = g[r];
	p := e;
	steps := dist[e.r][e.c];
	turns := 0;
	lastd := -1;
	while(dist[p.r][p.c] > 0){
		for(d := 0; d < len dirs; d++){
			n := Point(p.r + dirs[d].r, p.c + dirs[d].c);
			if(dist[n.r][n.c] == dist[p.r][p.c] - 1){
				if(lastd >= 0 && d != lastd)
					turns++;
				lastd = d;
				p = n;
				break;
			}
		}
		if(out[p.r][p.c] == ' ')
			out[p.r][p.c] = '.';
	}
	for(r = 0; r < len out; r++)
		sys->print("  %s\n", out[r]);
	# the farthest reachable cell
	far := 0;
	for(r = 0; r < len dist; r++)
		for(c := 0; c < len dist[r]; c++)
			if(dist[r][c] > far)
				far = dist[r][c];
	sys->print("  shortest path %d steps, %d turns, %d cells reachable, farthest %d\n\n",
		steps, turns, visited, far);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	solve("maze 1", grid);

	# block a corridor and try again
	g2 := array[len grid] of string;
	g2[0:] = grid;
	g2[4] = "# # ##### ####### #";
	solve("maze 2 (shortcut blocked)", g2);

	g3 := array[len grid] of string;
	g3[0:] = grid;
	g3[8] = "##### # ### #######";
	solve("maze 3 (end walled in)", g3);

	open := array[] of {
		"#########",
		"#S      #",
		"#       #",
		"#      E#",
		"#########",
	};
	solve("open room", open);
}
