implement MazeBFS;

include "sys.m";
	sys: Sys;
include "draw.m";

MazeBFS: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	r, c:	int;
	eq:	fn(a, b: Point): int;
};

Point.eq(a, b: Point): int
{
	return a.r == b.r && a.c == b.c;
}

maze := array[] of {
	"##########",
	"#S.....#.#",
	"#.##.#.#.#",
	"#.#..#...#",
	"#.#.####.#",
	"#...#..#.#",
	"###.#.##.#",
	"#.....#..#",
	"#.###...E#",
	"##########",
};

dr := array[] of {-1, 0, 1, 0};
dc := array[] of {0, 1, 0, -1};

find(ch: int): Point
{
	for(r := 0; r < len maze; r++)
		for(c := 0; c < len maze[r]; c++)
			if(maze[r][c] == ch)
				return Point(r, c);
	raise "fail:missing marker";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	h := len maze;
	w := len maze[0];
	start := find('S');
	end := find('E');
	dist := array[h] of array of int;
	from := array[h] of array of Point;
	for(r := 0; r < h; r++){
		dist[r] = array[w] of {* => -1};
		from[r] = array[w] of Point;
	}
	# queue as a circular array
	q := array[h*w] of Point;
	qh := 0;
	qt := 0;
	q[qt++] = start;
	dist[start.r][start.c] = 0;
	expanded := 0;
	while(qh < qt){
		p := q[qh++];
		expanded++;
		if(Point.eq(p, end))
			break;
		for(d := 0; d < 4; d++){
			n := Point(p.r + dr[d], p.c + dc[d]);
			if(maze[n.r][n.c] == '#' || dist[n.r][n.c] >= 0)
				continue;
			dist[n.r][n.c] = dist[p.r][p.c] + 1;
			from[n.r][n.c] = p;
			q[qt++] = n;
		}
	}
	sys->print("start (%d,%d) end (%d,%d) expanded %d queued %d\n",
		start.r, start.c, end.r, end.c, expanded, qt);
	if(dist[end.r][end.c] < 0){
		sys->print("no path\n");
		return;
	}
	sys->print("shortest path length %d\n", dist[end.r][end.c]);
	grid := array[h] of string;
	for(r = 0; r < h; r++)
		grid[r] = maze[r];
	steps := 0;
	for(p := from[end.r][end.c]; !Point.eq(p, start); p = from[p.r][p.c]){
		s := grid[p.r];
		s[p.c] = '*';
		grid[p.r] = s;
		steps++;
	}
	for(r = 0; r < h; r++)
		sys->print("%s\n", grid[r]);
	sys->print("marked %d cells\n", steps);
	# distance map for the first few rows
	for(r = 1; r < 4; r++){
		for(c := 1; c < w-1; c++)
			if(dist[r][c] < 0)
				sys->print("  .");
			else
				sys->print("%3d", dist[r][c]);
		sys->print("\n");
	}
}
