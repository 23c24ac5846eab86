implement Hanoi;

include "sys.m";
	sys: Sys;
include "draw.m";

Hanoi: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Move: adt {
	disk:	int;
	src, dst:	int;
};

Peg: adt {
	disks:	list of int;
	name:	string;

	push:	fn(p: self ref Peg, d: int);
	pop:	fn(p: self ref Peg): int;
	text:	fn(p: self ref Peg): string;
};

Peg.push(p: self ref Peg, d: int)
{
	if(p.disks != nil && hd p.disks < d)
		raise sys->sprint("hanoi: disk %d on top of %d at %s", d, hd p.disks, p.name);
	p.disks = d :: p.disks;
}

Peg.pop(p: self ref Peg): int
{
	if(p.disks == nil)
		raise "hanoi: empty peg " + p.name;
	d := hd p.disks;
	p.disks = tl p.disks;
	return d;
}

Peg.text(p: self ref Peg): string
{
	s := "";
	for(l := p.disks; l != nil; l = tl l)
		s = string hd l + s;
	return p.name + ":" + s;
}

solve(n, a, b, c: int, out: chan of ref Move)
{
	if(n == 0)
		return;
	solve(n-1, a, c, b, out);
	out <-= ref Move(n, a, c);
	solve(n-1, b, a, c, out);
}

generator(n: int, out: chan of ref Move)
{
	solve(n, 0, 1, 2, out);
	out <-= nil;
}

# iterative solution: smallest disk cycles; every other move is the only legal non-smallest move
iterative(n: int): list of ref Move
{
	pegs := array[3] of list of int;
	for(d := n; d >= 1; d--)
		pegs[0] = d :: pegs[0];
	dir := 1;
	if(n % 2 == 1)
		dir = 2;
	small := 0;
	moves: list of ref Move;
	total := (1 << n) - 1;
	for(k := 1; k <= total; k++){
		if(k % 2 == 1){
			dest := (small + dir) % 3;
			pegs[small] = tl pegs[small];
			pegs[dest] = 1 :: pegs[dest];
			moves = ref Move(1, small, dest) :: moves;
			small = dest;
		}else{
			x := (small + 1) % 3;
			y := (small + 2) % 3;
			if(pegs[y] == nil || (pegs[x] != nil && hd pegs[x] < hd pegs[y]))
				(x, y) = (x, y);
			else
				(x, y) = (y, x);
			d := hd pegs[x];
			pegs[x] = tl pegs[x];
			pegs[y] = d :: pegs[y];
			moves = ref Move(d, x, y) :: moves;
		}
	}
	r: list of ref Move;
	for(; moves != nil; moves = tl moves)
		r = hd moves :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names := array[] of {"A", "B", "C"};
	for(n := 3; n <= 10; n += 7){
		pegs := array[3] of ref Peg;
		for(i := 0; i < 3; i++)
			pegs[i] = ref Peg(nil, names[i]);
		for(d := n; d >= 1; d--)
			pegs[0].push(d);
		c := chan of ref Move;
		spawn generator(n, c);
		count := 0;
		it := iterative(n);
		same := 1;
		for(;;){
			m := <-c;
			if(m == nil)
				break;
			count++;
			pegs[m.dst].push(pegs[m.src].pop());
			if(n == 3)
				sys->print("move %d: disk %d %s->%s  %s %s %s\n", count, m.disk, names[m.src], names[m.dst],
					pegs[0].text(), pegs[1].text(), pegs[2].text());
			im := hd it;
			it = tl it;
			if(im.disk != m.disk || im.src != m.src || im.dst != m.dst)
				same = 0;
		}
		sys->print("n=%d: %d moves (2^n-1=%d), iterative agrees: %d, final %s\n", n, count, (1<<n)-1, same, pegs[2].text());
	}
	p := ref Peg(nil, "X");
	p.push(1);
	{
		p.push(2);
	} exception e {
	"hanoi:*" =>
		sys->print("%s\n", e);
	}
}
