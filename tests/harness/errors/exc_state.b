implement ExcState;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcState: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

R: adt {
	a, b: int;
};

calls := 0;

boom(n: int): int
{
	calls++;
	if(n < 0)
		raise "boom " + string n;
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := 1;
	{
		x = boom(-1);
	} exception { "*" => ; }
	sys->print("x stays %d, calls %d\n", x, calls);
	# array writes before the failure stay
	a := array[5] of {* => 0};
	{
		for(i := 0; i < 10; i++)
			a[i] = i + 1;
	} exception e { "*" => sys->print("loop: %s\n", e); }
	sys->print("a = %d %d %d %d %d\n", a[0], a[1], a[2], a[3], a[4]);
	# evaluation order: which side effects happen before the failing call
	i := 0;
	{
		a[i++] = boom(-2);
	} exception e { "*" => sys->print("%s: i now %d a[0] %d\n", e, i, a[0]); }
	i = 0;
	{
		x = boom(i++) + boom(-3) + boom(i++);
	} exception e { "*" => sys->print("%s: i now %d x %d calls %d\n", e, i, x, calls); }
	# tuple assignment
	p := 10;
	q := 20;
	{
		(p, q) = (boom(5), boom(-4));
	} exception e { "*" => sys->print("%s: p %d q %d\n", e, p, q); }
	# adt field updates
	r := ref R(1, 2);
	{
		r.a = 100;
		r.b = boom(-5);
	} exception e { "*" => sys->print("%s: r %d %d\n", e, r.a, r.b); }
	# string building
	s := "start";
	{
		for(k := 0; k < 5; k++)
			s += string boom(2 - k);
	} exception e { "*" => sys->print("%s: s %s\n", e, s); }
	# list building
	l: list of int;
	{
		for(k := 3; k >= -1; k--)
			l = boom(k) :: l;
	} exception e { "*" => sys->print("%s: len l %d hd %d\n", e, len l, hd l); }
	# an argument list: earlier arguments evaluated, the call not made
	{
		sys->print("never %d %d\n", boom(1), boom(-6));
	} exception e { "*" => sys->print("%s: calls %d\n", e, calls); }
	# compound assignment where the right side fails
	y := 5;
	{
		y += boom(-7);
	} exception e { "*" => sys->print("%s: y %d\n", e, y); }
	# index expression fails before the right side is evaluated?
	before := calls;
	{
		a[7] = boom(1);
	} exception e { "*" => sys->print("%s: right side called %d times\n", e, calls - before); }
	before = calls;
	{
		a[boom(-8)] = boom(1);
	} exception e { "*" => sys->print("%s: %d calls\n", e, calls - before); }
	sys->print("done\n");
}
