implement Memo;

include "sys.m";
	sys: Sys;
include "draw.m";

Memo: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

calls := 0;

naivefib(n: int): int
{
	calls++;
	if(n < 2)
		return n;
	return naivefib(n - 1) + naivefib(n - 2);
}

fibtab: array of big;
fibknown: array of int;

memofib(n: int): big
{
	calls++;
	if(fibknown[n])
		return fibtab[n];
	v: big;
	if(n < 2)
		v = big n;
	else
		v = memofib(n - 1) + memofib(n - 2);
	fibtab[n] = v;
	fibknown[n] = 1;
	return v;
}

# generic memo table for int -> int functions
Table: adt {
	f: ref fn(t: ref Table, n: int): int;
	vals: array of int;
	have: array of byte;
	hits, misses: int;
	get: fn(t: self ref Table, n: int): int;
};

Table.get(t: self ref Table, n: int): int
{
	if(n >= 0 && n < len t.vals && int t.have[n]){
		t.hits++;
		return t.vals[n];
	}
	t.misses++;
	v := t.f(t, n);
	if(n >= 0 && n < len t.vals){
		t.vals[n] = v;
		t.have[n] = byte 1;
	}
	return v;
}

mktable(f: ref fn(t: ref Table, n: int): int, size: int): ref Table
{
	return ref Table(f, array[size] of int, array[size] of {* => byte 0}, 0, 0);
}

# collatz steps, memoised through the table
collatz(t: ref Table, n: int): int
{
	if(n == 1)
		return 0;
	if(n % 2 == 0)
		return 1 + t.get(n / 2);
	return 1 + t.get(3 * n + 1);
}

# number of ways to climb n stairs with steps 1, 2 or 3
stairs(t: ref Table, n: int): int
{
	if(n < 0)
		return 0;
	if(n == 0)
		return 1;
	return t.get(n - 1) + t.get(n - 2) + t.get(n - 3);
}

# binomials with a triangular array of arrays
pascal: array of array of int;

binom(n, k: int): int
{
	if(k < 0 || k > n)
		return 0;
	if(pascal[n] == nil)
		pascal[n] = array[n + 1] of {* => -1};
	if(pascal[n][k] >= 0)
		return pascal[n][k];
	v: int;
	if(k == 0 || k == n)
		v = 1;
	else
		v = binom(n - 1, k - 1) + binom(n - 1, k);
	pascal[n][k] = v;
	return v;
}

# integer partitions p(n, maxpart) with a 2-d table
parts: array of array of int;

partitions(n, m: int): int
{
	if(n == 0)
		return 1;
	if(n < 0 || m == 0)
		return 0;
	if(parts[n][m] != 0)
		return parts[n][m];
	v := partitions(n - m, m) + partitions(n, m - 1);
	parts[n][m] = v;
	return v;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	calls = 0;
	sys->print("naive fib(20)=%d calls=%d\n", naivefib(20), calls);
	fibtab = array[91] of big;
	fibknown = array[91] of {* => 0};
	calls = 0;
	sys->print("memo fib(20)=%bd calls=%d\n", memofib(20), calls);
	calls = 0;
	sys->print("memo fib(90)=%bd calls=%d\n", memofib(90), calls);

	ct := mktable(collatz, 10000);
	best := 0;
	bestn := 0;
	for(n := 1; n < 3000; n++){
		s := ct.get(n);
		if(s > best){
			best = s;
			bestn = n;
		}
	}
	sys->print("collatz: longest below 3000 is %d with %d steps (hits=%d misses=%d)\n",
		bestn, best, ct.hits, ct.misses);
	sys->print("collatz 27 -> %d\n", ct.get(27));

	st := mktable(stairs, 40);
	for(n = 0; n <= 30; n += 5)
		sys->print("stairs(%d)=%d\n", n, st.get(n));
	sys->print("stairs hits=%d misses=%d\n", st.hits, st.misses);

	pascal = array[31] of array of int;
	for(n = 0; n <= 8; n++){
		line := "";
		for(k := 0; k <= n; k++)
			line += " " + string binom(n, k);
		sys->print("row %d:%s\n", n, line);
	}
	sys->print("C(30,15)=%d\n", binom(30, 15));
	filled := 0;
	for(n = 0; n < len pascal; n++)
		if(pascal[n] != nil)
			filled++;
	sys->print("pascal rows materialised: %d\n", filled);

	parts = array[61] of array of int;
	for(i := 0; i < len parts; i++)
		parts[i] = array[61] of {* => 0};
	for(n = 1; n <= 60; n = n * 2 + 1)
		sys->print("p(%d)=%d\n", n, partitions(n, n));
}
