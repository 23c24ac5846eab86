implement Queue;

include "sys.m";
	sys: Sys;
include "draw.m";

Queue: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

# functional queue: front list and reversed back list
Q: adt {
	front: list of int;
	back: list of int;

	put: fn(q: self Q, x: int): Q;
	get: fn(q: self Q): (int, Q);
	size: fn(q: self Q): int;
	isempty: fn(q: self Q): int;
};

revcount := 0;

Q.put(q: self Q, x: int): Q
{
	return (q.front, x :: q.back);
}

Q.get(q: self Q): (int, Q)
{
	if(q.front == nil) {
		revcount++;
		for(; q.back != nil; q.back = tl q.back)
			q.front = hd q.back :: q.front;
	}
	x := hd q.front;
	q.front = tl q.front;
	return (x, q);
}

Q.size(q: self Q): int
{
	return len q.front + len q.back;
}

Q.isempty(q: self Q): int
{
	return q.front == nil && q.back == nil;
}

# breadth-first numbering of a grid maze
bfs(maze: array of string, sr, sc: int): array of array of int
{
	h := len maze;
	w := len maze[0];
	dist := array[h] of array of int;
	for(r := 0; r < h; r++)
		dist[r] = array[w] of {* => -1};
	q: Q;
	q = q.put(sr * w + sc);
	dist[sr][sc] = 0;
	dr := array[] of {-1, 1, 0, 0};
	dc := array[] of {0, 0, -1, 1};
	while(!q.isempty()) {
		cell: int;
		(cell, q) = q.get();
		(r0, c0) := (cell / w, cell % w);
		for(k := 0; k < 4; k++) {
			(nr, nc) := (r0 + dr[k], c0 + dc[k]);
			if(nr < 0 || nr >= h || nc < 0 || nc >= w)
				continue;
			if(maze[nr][nc] == '#' || dist[nr][nc] >= 0)
				continue;
			dist[nr][nc] = dist[r0][c0] + 1;
			q = q.put(nr * w + nc);
		}
	}
	return dist;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	q: Q;
	for(i := 1; i <= 3; i++)
		q = q.put(i * 11);
	saved := q;
	x: int;
	(x, q) = q.get();
	sys->print("got %d size now %d, saved size %d\n", x, q.size(), saved.size());
	q = q.put(99);
	while(!q.isempty()) {
		(x, q) = q.get();
		sys->print("%d ", x);
	}
	sys->print("\nsaved still yields: ");
	while(!saved.isempty()) {
		(x, saved) = saved.get();
		sys->print("%d ", x);
	}
	sys->print("\nreversals=%d\n", revcount);

	maze := array[] of {
		"..#.....",
		".##.###.",
		"....#...",
		"#.#...#.",
		"..#.#...",
	};
	d := bfs(maze, 0, 0);
	for(r := 0; r < len d; r++) {
		for(c := 0; c < len d[r]; c++) {
			if(d[r][c] < 0)
				sys->print("  #");
			else
				sys->print("%3d", d[r][c]);
		}
		sys->print("\n");
	}
	sys->print("reversals=%d\n", revcount);
}
