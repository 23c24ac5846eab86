implement PickShared;

include "sys.m";
	sys: Sys;
include "draw.m";

PickShared: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Expr: adt {
	line: int;
	pick {
	Const =>
		v: int;
	Var =>
		name: string;
	Binop =>
		op: int;
		l, r: cyclic ref Expr;
	Neg =>
		e: cyclic ref Expr;
	}
};

env := array[] of {("x", 5), ("y", -3)};

lookup(n: string): int
{
	for(i := 0; i < len env; i++)
		if(env[i].t0 == n)
			return env[i].t1;
	return 0;
}

eval(e: ref Expr): int
{
	pick p := e {
	Const =>
		return p.v;
	Var =>
		return lookup(p.name);
	Binop =>
		a := eval(p.l);
		b := eval(p.r);
		case p.op {
		'+' => return a + b;
		'-' => return a - b;
		'*' => return a * b;
		}
		return 0;
	Neg =>
		return -eval(p.e);
	}
	return 0;
}

text(e: ref Expr): string
{
	pick p := e {
	Const =>
		return string p.v;
	Var =>
		return p.name;
	Binop =>
		return "(" + text(p.l) + " " + sys->sprint("%c", p.op) + " " + text(p.r) + ")";
	Neg =>
		return "-" + text(p.e);
	}
	return "?";
}

count(e: ref Expr, tag: int): int
{
	n := 0;
	if(tagof e == tag)
		n++;
	pick p := e {
	Binop =>
		n += count(p.l, tag) + count(p.r, tag);
	Neg =>
		n += count(p.e, tag);
	}
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	x := ref Expr.Var(1, "x");
	y := ref Expr.Var(1, "y");
	e := ref Expr.Binop(2, '*', ref Expr.Binop(2, '+', x, ref Expr.Const(2, 4)), ref Expr.Neg(3, y));
	sys->print("%s = %d\n", text(e), eval(e));
	sys->print("line of root %d, of neg %d\n", e.line, e.r.line);
	sys->print("vars %d consts %d binops %d negs %d\n",
		count(e, tagof Expr.Var), count(e, tagof Expr.Const), count(e, tagof Expr.Binop), count(e, tagof Expr.Neg));
	e.l.line = 9;
	sys->print("modified shared field %d\n", e.l.line);
	all := array[] of {ref Expr.Const(0, 7), x, e.r, e};
	for(i := 0; i < len all; i++){
		pick q := all[i] {
		Const =>
			sys->print("const line %d value %d\n", q.line, q.v);
		Var =>
			sys->print("var line %d name %s\n", q.line, q.name);
		* =>
			sys->print("inner %s\n", text(q));
		}
	}
}
