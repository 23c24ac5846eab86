# exercises pick adts as expression trees with recursive evaluation and common fields
implement Pick2;
include "sys.m";
include "draw.m";
sys: Sys;
Pick2: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Expr: adt {
	pick {
	Num => v: int;
	Add or Mul or Sub => l, r: cyclic ref Expr;
	Neg => e: cyclic ref Expr;
	Var => name: string;
	}
};
env: list of (string, int);
lookup(n: string): int
{
	for(l := env; l != nil; l = tl l){ (k, v) := hd l; if(k == n) return v; }
	return 0;
}
eval(e: ref Expr): int
{
	pick x := e {
	Num => return x.v;
	Add => return eval(x.l) + eval(x.r);
	Sub => return eval(x.l) - eval(x.r);
	Mul => return eval(x.l) * eval(x.r);
	Neg => return -eval(x.e);
	Var => return lookup(x.name);
	}
	return 0;
}
str(e: ref Expr): string
{
	pick x := e {
	Num => return string x.v;
	Add => return "(" + str(x.l) + "+" + str(x.r) + ")";
	Sub => return "(" + str(x.l) + "-" + str(x.r) + ")";
	Mul => return str(x.l) + "*" + str(x.r);
	Neg => return "-" + str(x.e);
	Var => return x.name;
	}
	return "?";
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	env = ("x", 4) :: ("y", -2) :: nil;
	e := ref Expr.Add(ref Expr.Mul(ref Expr.Num(3), ref Expr.Var("x")),
		ref Expr.Neg(ref Expr.Sub(ref Expr.Var("y"), ref Expr.Num(10))));
	sys->print("%s = %d\n", str(e), eval(e));
	sys->print("tags %d %d %d\n", tagof e, tagof Expr.Var, tagof ref Expr.Neg(nil));
	n := 0;
	l := e :: ref Expr.Num(1) :: ref Expr.Var("q") :: nil;
	for(; l != nil; l = tl l) if(tagof hd l == tagof Expr.Num) n++;
	sys->print("%d\n", n);
}
