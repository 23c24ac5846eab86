implement ExprPick;

include "sys.m";
	sys: Sys;
include "draw.m";

ExprPick: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Expr: adt {
	pick {
	Num =>
		v: big;
	Var =>
		name: string;
	Neg =>
		e: cyclic ref Expr;
	Bin =>
		op: int;
		l, r: cyclic ref Expr;
	Let =>
		name: string;
		val, body: cyclic ref Expr;
	}
};

Env: adt {
	name: string;
	v: big;
	next: cyclic ref Env;
};

TAGS := array[] of {"Num", "Var", "Neg", "Bin", "Let"};

num(v: int): ref Expr { return ref Expr.Num(big v); }
var(s: string): ref Expr { return ref Expr.Var(s); }
bin(op: int, l, r: ref Expr): ref Expr { return ref Expr.Bin(op, l, r); }

look(env: ref Env, s: string): big
{
	for(; env != nil; env = env.next)
		if(env.name == s)
			return env.v;
	raise "unbound:" + s;
}

eval(e: ref Expr, env: ref Env): big
{
	pick x := e {
	Num =>
		return x.v;
	Var =>
		return look(env, x.name);
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
			if(b == big 0)
				raise "divide by zero in expression";
			return a / b;
		'^' =>	return a ** int b;
		}
		raise sys->sprint("bad op %c", x.op);
	Let =>
		return eval(x.body, ref Env(x.name, eval(x.val, env), env));
	}
	return big 0;
}

text(e: ref Expr): string
{
	if(e == nil)
		return "<nil>";
	pick x := e {
	Num =>	return string x.v;
	Var =>	return x.name;
	Neg =>	return "-" + text(x.e);
	Bin =>	return sys->sprint("(%s %c %s)", text(x.l), x.op, text(x.r));
	Let =>	return sys->sprint("let %s = %s in %s", x.name, text(x.val), text(x.body));
	}
	return "?";
}

kind(e: ref Expr): string
{
	pick x := e {
	Num =>
		return "number " + string x.v;
	Var =>
		return "variable " + x.name;
	* =>
		return "inner";
	}
}

# count node kinds with tagof
census(e: ref Expr, counts: array of int)
{
	counts[tagof e]++;
	pick x := e {
	Neg =>	census(x.e, counts);
	Bin =>	census(x.l, counts); census(x.r, counts);
	Let =>	census(x.val, counts); census(x.body, counts);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	exprs := array[] of {
		bin('+', num(2), bin('*', num(3), num(4))),
		ref Expr.Let("x", num(5), bin('^', var("x"), num(3))),
		ref Expr.Let("a", num(7), ref Expr.Let("b", bin('-', var("a"), num(10)),
			bin('*', ref Expr.Neg(var("b")), var("a")))),
		bin('/', num(100), bin('-', num(3), num(3))),
		bin('+', var("y"), num(1)),
		bin('%', num(1), num(2)),
		bin('^', num(2), num(62)),
		bin('*', bin('^', num(2), num(62)), num(4)),
		ref Expr.Let("x", num(1), ref Expr.Let("x", bin('+', var("x"), num(1)), var("x"))),
	};
	counts := array[len TAGS] of {* => 0};
	for(i := 0; i < len exprs; i++) {
		e := exprs[i];
		census(e, counts);
		{
			sys->print("%s = %bd\n", text(e), eval(e, nil));
		} exception ex {
		"unbound:*" =>
			sys->print("%s: unbound variable %s\n", text(e), ex[len "unbound:":]);
		"*" =>
			sys->print("%s: error: %s\n", text(e), ex);
		}
	}
	for(i = 0; i < len TAGS; i++)
		sys->print("%s nodes: %d\n", TAGS[i], counts[i]);

	# pick on a nil ref and tagof nil both raise
	n: ref Expr;
	sys->print("kind: %s, %s, %s\n", kind(exprs[0]), kind(num(3)), kind(var("q")));
	sys->print("text(nil) = %s\n", text(n));
	{
		sys->print("kind(nil) = %s\n", kind(n));
	} exception ex {
	"*" =>
		sys->print("kind(nil): %s\n", ex);
	}
	{
		sys->print("tagof nil = %d\n", tagof n);
	} exception ex {
	"*" =>
		sys->print("tagof nil: %s\n", ex);
	}
	# tagof compares against the declared order
	sys->print("tagof Neg node %d, is Bin %d\n", tagof ref Expr.Neg(nil), tagof exprs[0] == tagof Expr.Bin);
}
