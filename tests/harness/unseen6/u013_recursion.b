implement Recurse;

include "sys.m";
	sys: Sys;
include "draw.m";

Recurse: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

sum(n: int): int
{
	if(n == 0)
		return 0;
	return n + sum(n-1);
}

iseven(n: int): int
{
	if(n == 0)
		return 1;
	return isodd(n-1);
}

isodd(n: int): int
{
	if(n == 0)
		return 0;
	return iseven(n-1);
}

ack(m, n: int): int
{
	if(m == 0)
		return n+1;
	if(n == 0)
		return ack(m-1, 1);
	return ack(m-1, ack(m, n-1));
}

depth(l: list of int, n: int): list of int
{
	if(n == 0)
		return l;
	return depth(n :: l, n-1);
}

hanoi(n: int, src, dst, via: string, moves: array of int)
{
	if(n == 0)
		return;
	hanoi(n-1, src, via, dst, moves);
	moves[0]++;
	if(moves[0] <= 3)
		sys->print("move disk %d %s -> %s\n", n, src, dst);
	hanoi(n-1, via, dst, src, moves);
}

bigstack(n: int, pad: array of int): int
{
	local := array[4] of {* => n};
	if(n == 0)
		return pad[0] + local[0];
	return local[3] % 7 + bigstack(n-1, pad);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("sum(3000)=%d\n", sum(3000));
	sys->print("sum(10000)=%d\n", sum(10000));
	sys->print("iseven(4001)=%d isodd(4001)=%d\n", iseven(4001), isodd(4001));
	sys->print("ack(2,3)=%d ack(3,3)=%d\n", ack(2, 3), ack(3, 3));
	l := depth(nil, 5000);
	sys->print("depth list len=%d head=%d\n", len l, hd l);
	moves := array[1] of {* => 0};
	hanoi(12, "A", "C", "B", moves);
	sys->print("hanoi(12) moves=%d\n", moves[0]);
	sys->print("bigstack=%d\n", bigstack(3000, array[] of {11}));
}
