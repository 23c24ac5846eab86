#args: 4 3
implement AckHanoi;

include "sys.m";
	sys: Sys;
include "draw.m";

AckHanoi: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

calls := 0;
maxdepth := 0;

ack(m, n, depth: int): int
{
	calls++;
	if(depth > maxdepth)
		maxdepth = depth;
	if(m == 0)
		return n + 1;
	if(n == 0)
		return ack(m-1, 1, depth+1);
	return ack(m-1, ack(m, n-1, depth+1), depth+1);
}

# Ackermann with an explicit stack instead of recursion
ackiter(m, n: int): int
{
	stack := array[100000] of int;
	sp := 0;
	stack[sp++] = m;
	while(sp > 0){
		m = stack[--sp];
		if(m == 0)
			n++;
		else if(n == 0){
			stack[sp++] = m-1;
			n = 1;
		}else{
			stack[sp++] = m-1;
			stack[sp++] = m;
			n--;
		}
	}
	return n;
}

moves: list of string;
nmoves := 0;

hanoi(n: int, src, dst, via: string)
{
	if(n == 0)
		return;
	hanoi(n-1, src, via, dst);
	nmoves++;
	if(nmoves <= 16)
		moves = sys->sprint("%d:%s>%s", n, src, dst) :: moves;
	hanoi(n-1, via, dst, src);
}

# iterative solution watching the pegs as arrays
Peg: adt {
	name:	string;
	disks:	array of int;
	n:	int;
};

top(p: ref Peg): int
{
	if(p.n == 0)
		return 1 << 20;
	return p.disks[p.n-1];
}

move(a, b: ref Peg): string
{
	if(top(a) < top(b)){
		b.disks[b.n++] = a.disks[--a.n];
		return a.name + b.name;
	}
	a.disks[a.n++] = b.disks[--b.n];
	return b.name + a.name;
}

hanoiiter(n: int): (int, string)
{
	pegs := array[3] of ref Peg;
	names := array[] of {"A", "B", "C"};
	for(i := 0; i < 3; i++)
		pegs[i] = ref Peg(names[i], array[n] of int, 0);
	for(i = 0; i < n; i++)
		pegs[0].disks[i] = n - i;
	pegs[0].n = n;
	# with an even count the smallest disk circles the other way
	a := 0;
	b := 1;
	c := 2;
	if(n % 2 == 0)
		(b, c) = (c, b);
	total := (1 << n) - 1;
	trace := "";
	for(k := 1; k <= total; k++){
		m: string;
		case k % 3 {
		1 =>	m = move(pegs[a], pegs[c]);
		2 =>	m = move(pegs[a], pegs[b]);
		0 =>	m = move(pegs[b], pegs[c]);
		}
		if(k <= 10)
			trace += m + " ";
	}
	ok := pegs[2].n == n;
	for(i = 0; i < pegs[2].n; i++)
		if(pegs[2].disks[i] != n - i)
			ok = 0;
	return (ok, trace);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;

	disks := 4;
	maxm := 3;
	if(len args > 2){
		disks = int hd tl args;
		maxm = int hd tl tl args;
	}

	for(m := 0; m <= maxm; m++){
		sys->print("A(%d,n):", m);
		for(n := 0; n <= 5 - (m == 3); n++){
			calls = 0;
			maxdepth = 0;
			v := ack(m, n, 0);
			if(v != ackiter(m, n))
				sys->print("MISMATCH");
			sys->print(" %d[%d/%d]", v, calls, maxdepth);
		}
		sys->print("\n");
	}
	sys->print("A(4,0)=%d A(1,1000)=%d A(2,500)=%d\n", ackiter(4, 0), ackiter(1, 1000), ackiter(2, 500));

	for(d := 1; d <= disks + 6; d++){
		nmoves = 0;
		moves = nil;
		hanoi(d, "A", "C", "B");
		(ok, nil) := hanoiiter(d);
		sys->print("hanoi %2d disks: %5d moves, iterative ok=%d\n", d, nmoves, ok);
	}
	nmoves = 0;
	moves = nil;
	hanoi(disks, "L", "R", "M");
	sys->print("first moves for %d disks:", disks);
	r: list of string;
	for(; moves != nil; moves = tl moves)
		r = hd moves :: r;
	for(; r != nil; r = tl r)
		sys->print(" %s", hd r);
	sys->print("\n");
	(nil, t) := hanoiiter(disks);
	sys->print("iterative trace: %s\n", t);
}
