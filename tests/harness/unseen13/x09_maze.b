implement Maze;

include "sys.m";
	sys: Sys;
include "draw.m";

Maze: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Rng: adt {
	state:	int;
	next:	fn(r: self ref Rng, n: int): int;
};

Point: adt {
	x, y:	int;
	eq:	fn(a: self Point, b: Point): int;
};

Grid: adt {
	w, h:	int;
	cell:	array of int;	# '#' wall, ' ' open
	generate:	fn(w, h: int, rng: ref Rng): ref Grid;
	at:	fn(g: self ref Grid, p: Point): int;
	set:	fn(g: self ref Grid, p: Point, c: int);
	show:	fn(g: self ref Grid);
};

Queue: adt {
	items:	array of Point;
	head, tail:	int;
	put:	fn(q: self ref Queue, p: Point);
	get:	fn(q: self ref Queue): Point;
	empty:	fn(q: self ref Queue): int;
};

dirs := array[] of {Point(0, -1), Point(1, 0), Point(0, 1), Point(-1, 0)};

Rng.next(r: self ref Rng, n: int): int
{
	r.state = (r.state * 1103515245 + 12345) & 16r7FFFFFFF;
	return (r.state >> 8) % n;
}

Point.eq(a: self Point, b: Point): int
{
	return a.x == b.x && a.y == b.y;
}

Grid.at(g: self ref Grid, p: Point): int
{
	if(p.x < 0 || p.y < 0 || p.x >= g.w || p.y >= g.h) return '#';
	return g.cell[p.y*g.w + p.x];
}

Grid.set(g: self ref Grid, p: Point, c: int)
{
	g.cell[p.y*g.w + p.x] = c;
}

# recursive backtracker on odd coordinates, with an explicit stack
Grid.generate(w, h: int, rng: ref Rng): ref Grid
{
	g := ref Grid(w, h, array[w*h] of {* => '#'});
	stack := array[w*h] of Point;
	sp := 0;
	stack[sp++] = Point(1, 1);
	g.set(Point(1, 1), ' ');
	while(sp > 0){
		p := stack[sp-1];
		opts := array[4] of int;
		n := 0;
		for(d := 0; d < 4; d++){
			q := Point(p.x + 2*dirs[d].x, p.y + 2*dirs[d].y);
			if(q.x > 0 && q.y > 0 && q.x < w-1 && q.y < h-1 && g.at(q) == '#')
				opts[n++] = d;
		}
		if(n == 0){
			sp--;
			continue;
		}
		d = opts[rng.next(n)];
		g.set(Point(p.x + dirs[d].x, p.y + dirs[d].y), ' ');
		q := Point(p.x + 2*dirs[d].x, p.y + 2*dirs[d].y);
		g.set(q, ' ');
		stack[sp++] = q;
	}
	return g;
}

Grid.show(g: self ref Grid)
{
	for(y := 0; y < g.h; y++){
		s := "";
		for(x := 0; x < g.w; x++)
			s[len s] = g.cell[y*g.w + x];
		sys->print("%s\n", s);
	}
}

Queue.put(q: self ref Queue, p: Point)
{
	q.items[q.tail++] = p;
}

Queue.get(q: self ref Queue): Point
{
	return q.items[q.head++];
}

Queue.empty(q: self ref Queue): int
{
	return q.head == q.tail;
}

solve(g: ref Grid, start, goal: Point): (int, int)
{
	prev := array[g.w*g.h] of {* => -1};
	q := ref Queue(array[g.w*g.h] of Point, 0, 0);
	q.put(start);
	prev[start.y*g.w + start.x] = start.y*g.w + start.x;
	visited := 0;
	while(!q.empty()){
		p := q.get();
		visited++;
		if(p.eq(goal)) break;
		for(d := 0; d < 4; d++){
			n := Point(p.x + dirs[d].x, p.y + dirs[d].y);
			if(g.at(n) == '#' || prev[n.y*g.w + n.x] >= 0) continue;
			prev[n.y*g.w + n.x] = p.y*g.w + p.x;
			q.put(n);
		}
	}
	k := goal.y*g.w + goal.x;
	if(prev[k] < 0) return (-1, visited);
	steps := 0;
	while(k != start.y*g.w + start.x){
		g.cell[k] = '.';
		k = prev[k];
		steps++;
	}
	g.cell[k] = 'S';
	g.set(goal, 'G');
	return (steps, visited);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	seeds := array[] of {7, 2024};
	for(i := 0; i < len seeds; i++){
		g := Grid.generate(21, 11, ref Rng(seeds[i]));
		(steps, visited) := solve(g, Point(1, 1), Point(19, 9));
		sys->print("seed %d: path %d steps, %d cells explored\n", seeds[i], steps, visited);
		g.show();
	}
	g := Grid.generate(9, 7, ref Rng(1));
	g.set(Point(7, 4), '#');
	g.set(Point(6, 5), '#');
	(steps, nil) := solve(g, Point(1, 1), Point(7, 5));
	if(steps < 0)
		sys->fprint(sys->fildes(2), "blocked maze: no path\n");
	g.show();
}
