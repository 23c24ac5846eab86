implement Simplify;

include "sys.m";
	sys: Sys;
include "draw.m";

Simplify: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

E: adt {
	pick {
	Num =>
		n: int;
	Var =>
		name: string;
	Add =>
		a, b: cyclic ref E;
	Mul =>
		a, b: cyclic ref E;
	Neg =>
		a: cyclic ref E;
	Pow =>
		a: cyclic ref E;
		k: int;
	}
};

rewrites := 0;

num(n: int): ref E { return ref E.Num(n); }
var(s: string): ref E { return ref E.Var(s); }
add(a, b: ref E): ref E { return ref E.Add(a, b); }
mul(a, b: ref E): ref E { return ref E.Mul(a, b); }
neg(a: ref E): ref E { return ref E.Neg(a); }
pow(a: ref E, k: int): ref E { return ref E.Pow(a, k); }

isnum(e: ref E, n: int): int
{
	pick x := e {
	Num =>
		return x.n == n;
	}
	return 0;
}

numval(e: ref E): (int, int)
{
	pick x := e {
	Num =>
		return (1, x.n);
	}
	return (0, 0);
}

same(a, b: ref E): int
{
	if(tagof a != tagof b)
		return 0;
	pick x := a {
	Num =>
		pick y := b { Num => return x.n == y.n; }
	Var =>
		pick y := b { Var => return x.name == y.name; }
	Add =>
		pick y := b { Add => return same(x.a, y.a) && same(x.b, y.b); }
	Mul =>
		pick y := b { Mul => return same(x.a, y.a) && same(x.b, y.b); }
	Neg =>
		pick y := b { Neg => return same(x.a, y.a); }
	Pow =>
		pick y := b { Pow => return x.k == y.k && same(x.a, y.a); }
	}
	return 0;
}

rw(e: ref E): ref E
{
	rewrites++;
	return e;
}

simp(e: ref E): ref E
{
	pick x := e {
	Add =>
		a := simp(x.a);
		b := simp(x.b);
		(an, av) := numval(a);
		(bn, bv) := numval(b);
		if(an && bn)
			return rw(num(av + bv));
		if(isnum(a, 0))
			return rw(b);
		if(isnum(b, 0))
			return rw(a);
		if(same(a, b))
			return rw(simp(mul(num(2), a)));
		if(bn)	# constants to the front
			return rw(add(b, a));
		return add(a, b);
	Mul =>
		a := simp(x.a);
		b := simp(x.b);
		(an, av) := numval(a);
		(bn, bv) := numval(b);
		if(an && bn)
			return rw(num(av * bv));
		if(isnum(a, 0) || isnum(b, 0))
			return rw(num(0));
		if(isnum(a, 1))
			return rw(b);
		if(isnum(b, 1))
			return rw(a);
		if(bn)
			return rw(simp(mul(b, a)));
		if(same(a, b))
			return rw(pow(a, 2));
		pick m := b {
		Mul =>
			(mn, mv) := numval(m.a);
			if(an && mn)
				return rw(simp(mul(num(av * mv), m.b)));
		}
		return mul(a, b);
	Neg =>
		a := simp(x.a);
		(an, av) := numval(a);
		if(an)
			return rw(num(-av));
		pick n := a {
		Neg =>
			return rw(n.a);
		}
		return neg(a);
	Pow =>
		a := simp(x.a);
		if(x.k == 0)
			return rw(num(1));
		if(x.k == 1)
			return rw(a);
		(an, av) := numval(a);
		if(an){
			r := 1;
			for(i := 0; i < x.k; i++)
				r *= av;
			return rw(num(r));
		}
		return pow(a, x.k);
	}
	return e;
}

deriv(e: ref E, v: string): ref E
{
	pick x := e {
	Num =>
		return num(0);
	Var =>
		if(x.name == v)
			return num(1);
		return num(0);
	Add =>
		return add(deriv(x.a, v), deriv(x.b, v));
	Mul =>
		return add(mul(deriv(x.a, v), x.b), mul(x.a, deriv(x.b, v)));
	Neg =>
		return neg(deriv(x.a, v));
	Pow =>
		return mul(mul(num(x.k), pow(x.a, x.k - 1)), deriv(x.a, v));
	}
	return nil;
}

eval(e: ref E, env: list of (string, int)): int
{
	pick x := e {
	Num =>
		return x.n;
	Var =>
		for(l := env; l != nil; l = tl l){
			(n, val) := hd l;
			if(n == x.name)
				return val;
		}
		raise "unbound variable " + x.name;
	Add =>
		return eval(x.a, env) + eval(x.b, env);
	Mul =>
		return eval(x.a, env) * eval(x.b, env);
	Neg =>
		return -eval(x.a, env);
	Pow =>
		r := 1;
		b := eval(x.a, env);
		for(i := 0; i < x.k; i++)
			r *= b;
		return r;
	}
	return 0;
}

str(e: ref E): string
{
	pick x := e {
	Num =>
		if(x.n < 0)
			return "(" + string x.n + ")";
		return string x.n;
	Var =>
		return x.name;
	Add =>
		return "(" + str(x.a) + " + " + str(x.b) + ")";
	Mul =>
		return str(x.a) + "*" + str(x.b);
	Neg =>
		return "-" + str(x.a);
	Pow =>
		return str(x.a) + "^" + string x.k;
	}
	return "?";
}

size(e: ref E): int
{
	pick x := e {
	Add =>
		return 1 + size(x.a) + size(x.b);
	Mul =>
		return 1 + size(x.a) + size(x.b);
	Neg =>
		return 1 + size(x.a);
	Pow =>
		return 1 + size(x.a);
	}
	return 1;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	x := var("x");
	y := var("y");
	exprs := array[] of {
		add(mul(num(1), x), num(0)),
		mul(add(num(2), num(3)), add(x, x)),
		neg(neg(add(y, num(0)))),
		mul(x, x),
		add(mul(num(3), pow(x, 2)), add(mul(num(2), x), num(7))),
		mul(pow(add(x, num(1)), 3), y),
		mul(num(0), add(x, mul(y, y))),
		pow(add(num(1), num(1)), 10),
		mul(num(2), mul(num(5), x)),
	};
	env := ("x", 3) :: ("y", -2) :: nil;
	for(i := 0; i < len exprs; i++){
		e := exprs[i];
		rewrites = 0;
		s := simp(e);
		sys->print("e%d: %s\n", i, str(e));
		sys->print("   simp: %s  [size %d -> %d, %d rewrites]\n", str(s), size(e), size(s), rewrites);
		d := simp(deriv(e, "x"));
		sys->print("   d/dx: %s\n", str(d));
		sys->print("   at x=3,y=-2: e=%d simp=%d d/dx=%d\n", eval(e, env), eval(s, env), eval(d, env));
	}
	{
		sys->print("%d\n", eval(add(x, var("z")), env));
	} exception ex {
	"unbound*" =>
		sys->print("error: %s\n", ex);
	}
}
