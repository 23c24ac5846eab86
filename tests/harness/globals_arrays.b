implement P15;

include "sys.m";
	sys: Sys;
include "draw.m";

P15: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
	Version: con "1.2";
};

A, B, C: con iota;
X, Y, Z: con 1 << iota;
P, Q: con iota * 10 + 5;
Mask: con 16rFF00;
Oct: con 8r777;
Bin: con 2r1011;
Name: con "global" + "-" + "name";
Pi: con 3.25;
Big: con big 1 << 40;
Neg: con -16r80000000;

counter := 10;
names := array[] of {"zero", "one", "two"};
primes: list of int;
table := array[5] of {0 => "a", 2 => "b", 3 => "b", * => "z"};

fib(n: int): int
{
	if(n < 2)
		return n;
	return fib(n-1) + fib(n-2);
}

ack(m, n: int): int
{
	if(m == 0)
		return n + 1;
	if(n == 0)
		return ack(m - 1, 1);
	return ack(m - 1, ack(m, n - 1));
}

hanoi(n: int, src, dst, via: string): int
{
	if(n == 0)
		return 0;
	return hanoi(n-1, src, via, dst) + 1 + hanoi(n-1, via, dst, src);
}

bump(): int
{
	counter++;
	return counter;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d %d %d | %d %d %d | %d %d\n", A, B, C, X, Y, Z, P, Q);
	sys->print("%d %d %d %s %g %bd %s\n", Mask, Oct, Bin, Name, Pi, Big, P15->Version);
	sys->print("%d %d\n", bump(), bump());
	sys->print("%d %s\n", counter, names[2]);
	for(i := 2; i < 30; i++){
		isp := 1;
		for(p := primes; p != nil; p = tl p)
			if(i % hd p == 0)
				isp = 0;
		if(isp)
			primes = i :: primes;
	}
	sys->print("%d primes, largest %d\n", len primes, hd primes);
	for(i = 0; i < len table; i++)
		sys->print("%s", table[i]);
	sys->print("\n");
	sys->print("%d %d %d\n", fib(20), ack(2, 3), hanoi(10, "a", "b", "c"));

	a := array[10] of int;
	for(i = 0; i < len a; i++)
		a[i] = i;
	s := a[2:5];
	s[0] = 100;
	sys->print("%d %d %d\n", a[2], len s, s[2]);
	t := s[1:];
	t[0] = 200;
	sys->print("%d %d\n", a[3], len t);
	e := a[10:];
	sys->print("%d %d\n", len e, e == nil);
	grid := array[3] of array of int;
	for(i = 0; i < 3; i++){
		grid[i] = array[i+1] of int;
		for(j := 0; j < len grid[i]; j++)
			grid[i][j] = i * 10 + j;
	}
	sys->print("%d %d %d\n", grid[2][1], len grid[1], len grid);
	row := grid[0];
	row[0] = -1;
	sys->print("%d\n", grid[0][0]);
	c := array[] of {1, 2, 3};
	d := c;
	d[0] = 9;
	sys->print("%d\n", c[0]);
	b := array[4] of {* => byte 7};
	sys->print("%d %d\n", int b[0], int b[3]);
	z := array[0] of int;
	sys->print("%d %d\n", len z, z == nil);
	n: array of int;
	sys->print("%d %d\n", len n, n == nil);
	str := "abcdef";
	ba := array of byte str;
	ba[0] = byte 'X';
	sys->print("%s %s\n", str, string ba);
	sys->print("%s\n", string ba[1:3]);
	sys->print("%bd\n", Neg);
}
