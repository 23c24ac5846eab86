implement T16;

include "sys.m";
	sys: Sys;
include "draw.m";

T16: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Expr: adt {
	pick {
	Num =>
		v:	real;
	Var =>
		name:	string;
	Bin =>
		op:	int;
		l, r:	cyclic ref Expr;
	Neg =>
		e:	cyclic ref Expr;
	Call =>
		fname:	string;
		args:	cyclic list of ref Expr;
	}
};

Shape: adt {
	name:	string;
	pick {
	Circle =>
		r:	real;
	Rect =>
		w, h:	real;
	Tri =>
		a, b, c:	real;
	Dot =>
	}
};

env: list of (string, real);

lookup(n: string): real
{
	for(l := env; l != nil; l = tl l){
		(k, v) := hd l;
		if(k == n)
			return v;
	}
	raise "undefined: " + n;
}

eval(e: ref Expr): real
{
	pick x := e {
	Num =>
		return x.v;
	Var =>
		return lookup(x.name);
	Bin =>
		a := eval(x.l);
		b := eval(x.r);
		case x.op {
		'+' =>	return a + b;
		'-' =>	return a - b;
		'*' =>	return a * b;
		'/' =>	return a / b;
		}
		raise "bad op";
	Neg =>
		return -eval(x.e);
	Call =>
		s := 0.0;
		n := 0;
		for(l := x.args; l != nil; l = tl l){
			v := eval(hd l);
			case x.fname {
			"sum" or "avg" =>
				s += v;
			"max" =>
				if(n == 0 || v > s)
					s = v;
			}
			n++;
		}
		if(x.fname == "avg" && n > 0)
			s /= real n;
		return s;
	}
	return 0.0;
}

show(e: ref Expr): string
{
	pick x := e {
	Num =>
		return sys->sprint("%g", x.v);
	Var =>
		return x.name;
	Bin =>
		return "(" + show(x.l) + sys->sprint("%c", x.op) + show(x.r) + ")";
	Neg =>
		return "-" + show(x.e);
	Call =>
		s := x.fname + "(";
		for(l := x.args; l != nil; l = tl l){
			s += show(hd l);
			if(tl l != nil)
				s += ",";
		}
		return s + ")";
	}
	return "?";
}

area(s: ref Shape): real
{
	pick x := s {
	Circle =>
		return 3.0 * x.r * x.r;
	Rect =>
		return x.w * x.h;
	Tri =>
		p := (x.a + x.b + x.c) / 2.0;
		return p * (p - x.a) * (p - x.b) * (p - x.c);
	* =>
		return 0.0;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	env = ("x", 3.0) :: ("y", 0.5) :: nil;
	exprs := array[] of {
		ref Expr.Num(2.0),
		ref Expr.Bin('+', ref Expr.Var("x"), ref Expr.Num(4.0)),
		ref Expr.Bin('*', ref Expr.Neg(ref Expr.Var("y")), ref Expr.Bin('-', ref Expr.Num(10.0), ref Expr.Var("x"))),
		ref Expr.Call("avg", ref Expr.Num(1.0) :: ref Expr.Num(2.0) :: ref Expr.Var("x") :: ref Expr.Num(5.0) :: nil),
		ref Expr.Call("max", ref Expr.Var("y") :: ref Expr.Neg(ref Expr.Num(7.0)) :: nil),
		ref Expr.Bin('/', ref Expr.Num(1.0), ref Expr.Num(0.0)),
		ref Expr.Bin('+', ref Expr.Var("z"), ref Expr.Num(1.0)),
		ref Expr.Call("sum", nil),
	};
	tags := array[5] of {* => 0};
	for(i := 0; i < len exprs; i++){
		e := exprs[i];
		tags[tagof e]++;
		{
			sys->print("%s = %g\n", show(e), eval(e));
		} exception err {
		"undefined:*" =>
			sys->print("%s: error %s\n", show(e), err);
		}
	}
	sys->print("tags %d %d %d %d %d\n", tags[0], tags[1], tags[2], tags[3], tags[4]);

	shapes := ref Shape.Circle("c1", 1.5) :: ref Shape.Rect("r1", 2.0, 3.5) :: ref Shape.Tri("t1", 3.0, 4.0, 5.0) :: ref Shape.Dot("d") :: nil;
	total := 0.0;
	for(; shapes != nil; shapes = tl shapes){
		s := hd shapes;
		a := area(s);
		total += a;
		kind := "";
		pick k := s {
		Circle =>
			kind = "circle r=" + string k.r;
		Rect or Tri =>
			kind = "polygon";
		Dot =>
			kind = "dot";
		}
		sys->print("%s %s tag=%d area=%.2f\n", s.name, kind, tagof s, a);
	}
	sys->print("total %g\n", total);
}
