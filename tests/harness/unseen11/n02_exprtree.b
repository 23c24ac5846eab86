implement ExprTree;

include "sys.m";
	sys: Sys;
include "draw.m";

ExprTree: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Expr: adt
{
	pick {
	Num =>
		v:	int;
	Var =>
		name:	string;
	Neg =>
		e:	ref Expr;
	Bin =>
		op:	int;
		l, r:	ref Expr;
	}

	text:	fn(e: self ref Expr): string;
};

Env: type list of (string, int);

Expr.text(e: self ref Expr): string
{
	pick x := e {
	Num =>
		return string x.v;
	Var =>
		return x.name;
	Neg =>
		return "-" + x.e.text();
	Bin =>
		return "(" + x.l.text() + " " + sys->sprint("%c", x.op) + " " + x.r.text() + ")";
	}
	return "?";
}

lookup(env: Env, name: string): int
{
	for(; env != nil; env = tl env){
		(n, v) := hd env;
		if(n == name)
			return v;
	}
	raise "unbound:" + name;
}

eval(e: ref Expr, env: Env): int
{
	pick x := e {
	Num =>
		return x.v;
	Var =>
		return lookup(env, x.name);
	Neg =>
		return -eval(x.e, env);
	Bin =>
		a := eval(x.l, env);
		b := eval(x.r, env);
		case x.op {
		'+' =>	return a + b;
		'-' =>	return a - b;
		'*' =>	return a * b;
		'/' =>
			if(b == 0)
				raise "divide by zero in " + e.text();
			return a / b;
		}
	}
	return 0;
}

# constant folding and a few algebraic identities
simplify(e: ref Expr): ref Expr
{
	pick x := e {
	Neg =>
		s := simplify(x.e);
		pick y := s {
		Num =>	return ref Expr.Num(-y.v);
		Neg =>	return y.e;
		}
		return ref Expr.Neg(s);
	Bin =>
		l := simplify(x.l);
		r := simplify(x.r);
		if(tagof l == tagof Expr.Num && tagof r == tagof Expr.Num)
			return ref Expr.Num(eval(ref Expr.Bin(x.op, l, r), nil));
		if(x.op == '*' && (iszero(l) || iszero(r)))
			return ref Expr.Num(0);
		if(x.op == '+' && iszero(l))
			return r;
		if((x.op == '+' || x.op == '-') && iszero(r))
			return l;
		return ref Expr.Bin(x.op, l, r);
	}
	return e;
}

iszero(e: ref Expr): int
{
	pick x := e {
	Num =>
		return x.v == 0;
	}
	return 0;
}

count(e: ref Expr, counts: array of int)
{
	counts[tagof e]++;
	pick x := e {
	Neg =>	count(x.e, counts);
	Bin =>	count(x.l, counts); count(x.r, counts);
	}
}

num(n: int): ref Expr { return ref Expr.Num(n); }
var(s: string): ref Expr { return ref Expr.Var(s); }
bin(op: int, l, r: ref Expr): ref Expr { return ref Expr.Bin(op, l, r); }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	env: Env = ("x", 7) :: ("y", -3) :: nil;
	exprs := array[] of {
		bin('+', bin('*', num(2), var("x")), ref Expr.Neg(var("y"))),
		bin('*', bin('-', num(4), num(4)), var("z")),
		bin('+', num(0), bin('/', var("x"), bin('+', num(1), num(1)))),
		ref Expr.Neg(ref Expr.Neg(bin('-', var("y"), num(0)))),
		bin('/', var("x"), bin('+', var("y"), num(3))),
		bin('+', var("x"), var("w")),
	};
	names := array[] of {"Num", "Var", "Neg", "Bin"};
	for(i := 0; i < len exprs; i++){
		e := exprs[i];
		s := simplify(e);
		sys->print("%d: %s => %s\n", i, e.text(), s.text());
		counts := array[4] of {* => 0};
		count(e, counts);
		line := "";
		for(j := 0; j < len counts; j++)
			if(counts[j])
				line += sys->sprint(" %s=%d", names[j], counts[j]);
		sys->print("   nodes:%s\n", line);
		{
			sys->print("   value %d\n", eval(s, env));
		} exception ex {
		"unbound:*" =>
			sys->print("   unbound variable %s\n", ex[len "unbound:":]);
		"divide*" =>
			sys->print("   error: %s\n", ex);
		}
	}
}
