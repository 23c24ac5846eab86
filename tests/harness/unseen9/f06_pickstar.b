implement PickStar;

include "sys.m";
	sys: Sys;
include "draw.m";

PickStar: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Expr: adt {
	pos: int;
	pick {
	Num =>
		v: int;
	Neg =>
		e: ref Expr;
	Add or Mul or Sub =>
		l, r: ref Expr;
	Var =>
		name: string;
	}
};

eval(e: ref Expr): int
{
	pick x := e {
	Num =>
		return x.v;
	Neg =>
		return -eval(x.e);
	Add =>
		return eval(x.l) + eval(x.r);
	Mul =>
		return eval(x.l) * eval(x.r);
	* =>
		sys->print("(eval: unsupported node at pos %d) ", x.pos);
		return 0;
	}
}

name(e: ref Expr): string
{
	pick x := e {
	Add or Sub or Mul =>
		return "binary@" + string x.pos;
	Num =>
		return "num " + string x.v;
	* =>
		return "other@" + string e.pos;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	one := ref Expr.Num(1, 1);
	two := ref Expr.Num(2, 2);
	sum := ref Expr.Add(3, one, two);
	prod := ref Expr.Mul(4, sum, ref Expr.Neg(5, ref Expr.Num(6, 7)));
	sys->print("eval prod = %d\n", eval(prod));
	sub := ref Expr.Sub(7, prod, one);
	sys->print("eval sub = %d\n", eval(sub));
	v := ref Expr.Var(8, "x");
	sys->print("eval var = %d\n", eval(v));
	l: list of ref Expr = one :: sum :: prod :: sub :: v :: ref Expr.Neg(9, nil) :: nil;
	for(; l != nil; l = tl l)
		sys->print("%s\n", name(hd l));
	# field of base adt accessible without pick; modify through ref shares
	alias := one;
	alias.pos = 100;
	sys->print("one.pos=%d sum.l.pos=%d\n", one.pos, sum.l.pos);
	# tagof
	sys->print("tags: %d %d %d %d %d\n", tagof one, tagof ref Expr.Neg(0, nil), tagof sum, tagof prod, tagof v);
}
