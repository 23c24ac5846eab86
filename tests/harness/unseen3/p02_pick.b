implement P02;
include "sys.m";
	sys: Sys;
include "draw.m";
P02: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Expr: adt {
	pick {
	Num =>
		v: int;
	Add or Mul or Sub =>
		l, r: ref Expr;
	Neg =>
		e: ref Expr;
	Var =>
		name: string;
	}
	eval: fn(e: self ref Expr, env: list of (string, int)): int;
	str: fn(e: self ref Expr): string;
};

lookup(env: list of (string, int), n: string): int
{
	for(; env != nil; env = tl env){
		(k, v) := hd env;
		if(k == n)
			return v;
	}
	raise "unbound:" + n;
}

Expr.eval(e: self ref Expr, env: list of (string, int)): int
{
	pick x := e {
	Num => return x.v;
	Add => return x.l.eval(env) + x.r.eval(env);
	Sub => return x.l.eval(env) - x.r.eval(env);
	Mul => return x.l.eval(env) * x.r.eval(env);
	Neg => return -x.e.eval(env);
	Var => return lookup(env, x.name);
	}
	return 0;
}

Expr.str(e: self ref Expr): string
{
	pick x := e {
	Num => return string x.v;
	Add => return "(" + x.l.str() + "+" + x.r.str() + ")";
	Sub => return "(" + x.l.str() + "-" + x.r.str() + ")";
	Mul => return x.l.str() + "*" + x.r.str();
	Neg => return "-" + x.e.str();
	Var => return x.name;
	}
	return "?";
}

kind(e: ref Expr): string
{
	pick x := e {
	Num => return "num";
	Add or Sub => return "additive";
	* => return "other";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	env := ("x", 7) :: ("y", -3) :: nil;
	e := ref Expr.Add(ref Expr.Mul(ref Expr.Num(2), ref Expr.Var("x")), ref Expr.Neg(ref Expr.Var("y")));
	sys->print("%s = %d\n", e.str(), e.eval(env));
	e2 := ref Expr.Sub(e, ref Expr.Num(100));
	sys->print("%s = %d\n", e2.str(), e2.eval(env));
	l: list of ref Expr = e2 :: e :: ref Expr.Num(1) :: ref Expr.Var("q") :: nil;
	for(; l != nil; l = tl l)
		sys->print("kind %s\n", kind(hd l));
	{
		bad := ref Expr.Add(ref Expr.Var("z"), ref Expr.Num(1));
		sys->print("%d\n", bad.eval(env));
	} exception ex {
	"unbound:*" =>
		sys->print("caught %s\n", ex);
	}
	n := ref Expr.Num(5);
	m: ref Expr = n;
	n.v = 42;
	sys->print("m=%s\n", m.str());
	pick y := m {
	Num => y.v++;
	}
	sys->print("n.v=%d tag check %d\n", n.v, tagof m == tagof Expr.Num);
	sys->print("tags %d %d %d\n", tagof e, tagof e2, tagof ref Expr.Var("a"));
}
