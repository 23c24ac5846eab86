implement ExcFnRefs;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcFnRefs: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Acc: adt {
	total: int;
	add: fn(a: self ref Acc, n: int);
	check: fn(a: self ref Acc): int;
};

Acc.add(a: self ref Acc, n: int)
{
	if(n < 0)
		raise "negative " + string n;
	a.total += n;
}

Acc.check(a: self ref Acc): int
{
	if(a.total > 10)
		raise "fail:over ten";
	return a.total;
}

first[T](l: list of T): T
{
	return hd l;
}

apply(f: ref fn(n: int): int, n: int): int
{
	return f(n);
}

inv(n: int): int
{
	if(n == 0)
		raise "inv of zero";
	return 100 / n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	acc := ref Acc(0);
	ns := array[] of {3, 4, -1, 5, 6};
	for(i := 0; i < len ns; i++){
		{
			acc.add(ns[i]);
			sys->print("added %d -> %d (check %d)\n", ns[i], acc.total, acc.check());
		} exception e {
		"negative*" =>
			sys->print("add: %s\n", e);
		"fail:*" =>
			sys->print("check: %s, total %d\n", e, acc.total);
		}
	}
	for(i = 2; i >= -1; i--){
		{
			sys->print("apply inv %d = %d\n", i, apply(inv, i));
		} exception e {
		"*" =>
			sys->print("apply inv %d: %s\n", i, e);
		}
	}
	{
		sys->print("first %s\n", first("a" :: nil));
		l: list of string;
		sys->print("first %s\n", first(l));
	} exception e {
	"*" =>
		sys->print("polymorphic first: %s\n", e);
	}
	# an exception from a function stored in an adt field
	fa := array[2] of ref fn(n: int): int;
	fa[0] = inv;
	fa[1] = inv;
	for(i = 0; i < 3; i++){
		{
			sys->print("fa[%d](%d) = %d\n", i, 1 - i, fa[i](1 - i));
		} exception e {
		"*" =>
			sys->print("fa[%d]: %s\n", i, e);
		}
	}
	sys->print("done\n");
}
