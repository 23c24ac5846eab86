implement BfsMaze;

include "sys.m";
	sys: Sys;
include "draw.m";

BfsMaze: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

maze := array[] of {
	"##########",
	"#S.....#.#",
	"#.##.#.#.#",
	"#.#..#...#",
	"#.#.####.#",
	"#...#..#.#",
	"###.#.##.#",
	"#...#...E#",
	"#.###.#..#",
	"##########",
};

W, H: int;

# FIFO queue as a circular buffer
Queue: adt {
	buf:	array of int;
	head, tail, n:	int;

	put:	fn(q: self ref Queue, v: int);
	get:	fn(q: self ref Queue): int;
};

Queue.put(q: self ref Queue, v: int)
{
	q.buf[q.tail] = v;
	q.tail = (q.tail + 1) % len q.buf;
	q.n++;
}

Queue.get(q: self ref Queue): int
{
	v := q.buf[q.head];
	q.head = (q.head + 1) % len q.buf;
	q.n--;
	return v;
}

bfs(adj: array of list of int, src: int): (array of int, array of int)
{
	n := len adj;
	dist := array[n] of {* => -1};
	prev := array[n] of {* => -1};
	q := ref Queue(array[n] of int, 0, 0, 0);
	dist[src] = 0;
	q.put(src);
	while(q.n > 0){
		u := q.get();
		for(l := adj[u]; l != nil; l = tl l){
			v := hd l;
			if(dist[v] < 0){
				dist[v] = dist[u] + 1;
				prev[v] = u;
				q.put(v);
			}
		}
	}
	return (dist, prev);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	H = len maze;
	W = len maze[0];
	adj := array[W*H] of list of int;
	start := -1;
	end := -1;
	dx := array[] of {1, 0, -1, 0};
	dy := array[] of {0, 1, 0, -1};
	nedges := 0;
	for(y := 0; y < H; y++)
		for(x := 0; x < W; x++){
			c := maze[y][x];
			if(c == '#')
				continue;
			if(c == 'S')
				start = y*W + x;
			if(c == 'E')
				end = y*W + x;
			# push in reverse so the list is in direction order
			for(d := 3; d >= 0; d--){
				nx := x + dx[d];
				ny := y + dy[d];
				if(nx >= 0 && nx < W && ny >= 0 && ny < H && maze[ny][nx] != '#'){
					adj[y*W+x] = ny*W+nx :: adj[y*W+x];
					nedges++;
				}
			}
		}
	sys->print("grid %dx%d, %d directed edges, start %d end %d\n", W, H, nedges, start, end);

	(dist, prev) := bfs(adj, start);
	if(dist[end] < 0){
		sys->print("no path\n");
		return;
	}
	sys->print("shortest path length %d\n", dist[end]);

	rows := array[H] of string;
	for(y = 0; y < H; y++)
		rows[y] = maze[y];
	path: list of int;
	for(v := prev[end]; v != start; v = prev[v]){
		rows[v/W][v%W] = '*';
		path = v :: path;
	}
	for(y = 0; y < H; y++)
		sys->print("  %s\n", rows[y]);
	sys->print("path cells:");
	for(; path != nil; path = tl path)
		sys->print(" (%d,%d)", hd path % W, hd path / W);
	sys->print("\n");

	# distance histogram and unreachable cells
	far := 0;
	unreach := 0;
	for(i := 0; i < len dist; i++){
		if(maze[i/W][i%W] == '#')
			continue;
		if(dist[i] < 0)
			unreach++;
		else if(dist[i] > dist[far])
			far = i;
	}
	sys->print("farthest open cell (%d,%d) at %d; unreachable %d\n", far%W, far/W, dist[far], unreach);

	# a distance map with digits mod 10
	for(y = 0; y < H; y++){
		s := "";
		for(x := 0; x < W; x++){
			d := dist[y*W+x];
			if(maze[y][x] == '#')
				s[len s] = '#';
			else if(d < 0)
				s[len s] = '?';
			else
				s[len s] = '0' + d % 10;
		}
		sys->print("  %s\n", s);
	}
}
