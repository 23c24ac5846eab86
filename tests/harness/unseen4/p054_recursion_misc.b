implement RecursionMisc;

include "sys.m";
	sys: Sys;
include "draw.m";

RecursionMisc: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

moves: list of (int, string, string);

hanoi(n: int, src, dst, via: string)
{
	if(n == 0)
		return;
	hanoi(n - 1, src, via, dst);
	moves = (n, src, dst) :: moves;
	hanoi(n - 1, via, dst, src);
}

iseven(n: int): int
{
	if(n == 0)
		return 1;
	return isodd(n - 1);
}

isodd(n: int): int
{
	if(n == 0)
		return 0;
	return iseven(n - 1);
}

ackermann(m, n: int): int
{
	if(m == 0)
		return n + 1;
	if(n == 0)
		return ackermann(m - 1, 1);
	return ackermann(m - 1, ackermann(m, n - 1));
}

perms(s: string): list of string
{
	if(len s <= 1)
		return s :: nil;
	r: list of string;
	for(i := len s - 1; i >= 0; i--){
		rest := s[0:i] + s[i+1:];
		for(p := perms(rest); p != nil; p = tl p)
			r = s[i:i+1] + hd p :: r;
	}
	return r;
}

subsets(l: list of int): list of list of int
{
	if(l == nil)
		return nil :: nil;
	rest := subsets(tl l);
	r := rest;
	for(p := rest; p != nil; p = tl p)
		r = (hd l :: hd p) :: r;
	return r;
}

fmtlist(l: list of int): string
{
	s := "{";
	for(; l != nil; l = tl l){
		s += string hd l;
		if(tl l != nil)
			s += ",";
	}
	return s + "}";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	hanoi(3, "A", "C", "B");
	r: list of (int, string, string);
	for(; moves != nil; moves = tl moves)
		r = hd moves :: r;
	i := 0;
	for(; r != nil; r = tl r){
		(d, f, t) := hd r;
		sys->print("move %d: disk %d %s->%s\n", ++i, d, f, t);
	}
	sys->print("even(10)=%d odd(7)=%d even(7)=%d\n", iseven(10), isodd(7), iseven(7));
	for(m := 0; m <= 2; m++)
		for(n := 0; n <= 3; n++)
			sys->print("A(%d,%d)=%d%s", m, n, ackermann(m, n), (array[] of {" ", "\n"})[n == 3]);
	sys->print("A(3,3)=%d\n", ackermann(3, 3));
	p := perms("abc");
	s := "";
	for(; p != nil; p = tl p)
		s += hd p + " ";
	sys->print("perms: %s(%d of abcd)\n", s, len perms("abcd"));
	ss := subsets(1 :: 2 :: 3 :: nil);
	s = "";
	for(; ss != nil; ss = tl ss)
		s += fmtlist(hd ss);
	sys->fprint(sys->fildes(2), "subsets: %s\n", s);
}
