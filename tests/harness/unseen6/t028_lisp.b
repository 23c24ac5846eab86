implement Lisp;

include "sys.m";
	sys: Sys;
include "draw.m";

Lisp: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Cell: adt {
	pick {
	Nil =>
	Int =>
		v: big;
	Sym =>
		name: string;
	Pair =>
		car, cdr: cyclic ref Cell;
	Fn =>
		params: cyclic ref Cell;
		body: cyclic ref Cell;
		env: cyclic ref Env;
	Prim =>
		name: string;
		f: ref fn(args: ref Cell): ref Cell;
	}
};

Env: adt {
	vars:	cyclic list of (string, ref Cell);
	up:	cyclic ref Env;

	look:	fn(e: self ref Env, s: string): ref Cell;
	def:	fn(e: self ref Env, s: string, v: ref Cell);
};

NIL: ref Cell;
T: ref Cell;

Env.look(e: self ref Env, s: string): ref Cell
{
	for(; e != nil; e = e.up)
		for(l := e.vars; l != nil; l = tl l)
			if((hd l).t0 == s)
				return (hd l).t1;
	raise "lisp: unbound " + s;
}

Env.def(e: self ref Env, s: string, v: ref Cell)
{
	e.vars = (s, v) :: e.vars;
}

Reader: adt {
	s:	string;
	i:	int;
	read:	fn(r: self ref Reader): ref Cell;
};

Reader.read(r: self ref Reader): ref Cell
{
	while(r.i < len r.s && (r.s[r.i] == ' ' || r.s[r.i] == '\n'))
		r.i++;
	if(r.i >= len r.s)
		raise "lisp: eof";
	c := r.s[r.i];
	if(c == '('){
		r.i++;
		items: list of ref Cell;
		for(;;){
			while(r.i < len r.s && r.s[r.i] == ' ')
				r.i++;
			if(r.i >= len r.s)
				raise "lisp: missing )";
			if(r.s[r.i] == ')'){
				r.i++;
				break;
			}
			items = r.read() :: items;
		}
		l := NIL;
		for(; items != nil; items = tl items)
			l = ref Cell.Pair(hd items, l);
		return l;
	}
	if(c == '\''){
		r.i++;
		q := r.read();
		return ref Cell.Pair(ref Cell.Sym("quote"), ref Cell.Pair(q, NIL));
	}
	st := r.i;
	while(r.i < len r.s && r.s[r.i] != ' ' && r.s[r.i] != '(' && r.s[r.i] != ')' && r.s[r.i] != '\n')
		r.i++;
	tok := r.s[st:r.i];
	if((tok[0] >= '0' && tok[0] <= '9') || (tok[0] == '-' && len tok > 1))
		return ref Cell.Int(big tok);
	return ref Cell.Sym(tok);
}

text(c: ref Cell): string
{
	pick x := c {
	Nil => return "()";
	Int => return string x.v;
	Sym => return x.name;
	Fn => return "<lambda>";
	Prim => return "<" + x.name + ">";
	Pair =>
		s := "(" + text(x.car);
		rest := x.cdr;
	loop:
		for(;;){
			pick y := rest {
			Pair =>
				s += " " + text(y.car);
				rest = y.cdr;
			Nil =>
				break loop;
			* =>
				s += " . " + text(rest);
				break loop;
			}
		}
		return s + ")";
	}
	return "?";
}

car(c: ref Cell): ref Cell
{
	pick p := c {
	Pair => return p.car;
	}
	raise "lisp: car of non-pair " + text(c);
}

cdr(c: ref Cell): ref Cell
{
	pick p := c {
	Pair => return p.cdr;
	}
	raise "lisp: cdr of non-pair " + text(c);
}

num(c: ref Cell): big
{
	pick n := c {
	Int => return n.v;
	}
	raise "lisp: not a number: " + text(c);
}

truth(c: ref Cell): int
{
	pick x := c {
	Nil => return 0;
	}
	return 1;
}

eval(c: ref Cell, e: ref Env): ref Cell
{
	pick x := c {
	Sym =>
		return e.look(x.name);
	Pair =>
		pick h := x.car {
		Sym =>
			case h.name {
			"quote" =>
				return car(x.cdr);
			"if" =>
				if(truth(eval(car(x.cdr), e)))
					return eval(car(cdr(x.cdr)), e);
				return eval(car(cdr(cdr(x.cdr))), e);
			"define" =>
				v := eval(car(cdr(x.cdr)), e);
				pick s := car(x.cdr) {
				Sym => e.def(s.name, v);
				}
				return v;
			"lambda" =>
				return ref Cell.Fn(car(x.cdr), car(cdr(x.cdr)), e);
			}
		}
		f := eval(x.car, e);
		args := evlist(x.cdr, e);
		return apply(f, args);
	}
	return c;
}

evlist(l: ref Cell, e: ref Env): ref Cell
{
	pick p := l {
	Pair =>
		return ref Cell.Pair(eval(p.car, e), evlist(p.cdr, e));
	}
	return NIL;
}

apply(f: ref Cell, args: ref Cell): ref Cell
{
	pick fv := f {
	Prim =>
		return fv.f(args);
	Fn =>
		ne := ref Env(nil, fv.env);
		for(p := fv.params; truth(p); p = cdr(p)){
			pick s := car(p) {
			Sym => ne.def(s.name, car(args));
			}
			args = cdr(args);
		}
		return eval(fv.body, ne);
	}
	raise "lisp: not a function: " + text(f);
}

padd(a: ref Cell): ref Cell { s := big 0; for(; truth(a); a = cdr(a)) s += num(car(a)); return ref Cell.Int(s); }
pmul(a: ref Cell): ref Cell { s := big 1; for(; truth(a); a = cdr(a)) s *= num(car(a)); return ref Cell.Int(s); }
psub(a: ref Cell): ref Cell { return ref Cell.Int(num(car(a)) - num(car(cdr(a)))); }
plt(a: ref Cell): ref Cell { if(num(car(a)) < num(car(cdr(a)))) return T; return NIL; }
peq(a: ref Cell): ref Cell { if(num(car(a)) == num(car(cdr(a)))) return T; return NIL; }
pcons(a: ref Cell): ref Cell { return ref Cell.Pair(car(a), car(cdr(a))); }
pcar(a: ref Cell): ref Cell { return car(car(a)); }
pcdr(a: ref Cell): ref Cell { return cdr(car(a)); }
pnull(a: ref Cell): ref Cell { if(truth(car(a))) return NIL; return T; }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	NIL = ref Cell.Nil;
	T = ref Cell.Sym("t");
	g := ref Env(nil, nil);
	g.def("t", T);
	prims := array[] of {("+", padd), ("*", pmul), ("-", psub), ("<", plt), ("=", peq),
		("cons", pcons), ("car", pcar), ("cdr", pcdr), ("null?", pnull)};
	for(i := 0; i < len prims; i++)
		g.def(prims[i].t0, ref Cell.Prim(prims[i].t0, prims[i].t1));
	progs := array[] of {
		"(+ 1 2 3 4)",
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 25)",
		"(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))",
		"(map (lambda (x) (* x x)) '(1 2 3 4 5))",
		"(define compose (lambda (f g) (lambda (x) (f (g x)))))",
		"((compose fact (lambda (x) (+ x 1))) 4)",
		"(cons 1 2)",
		"(car '())",
		"(undefined-thing 3)",
		"(1 2 3)",
		"(+ 1 (quote a))",
		"(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))",
		"(len '(a b (c d) e))",
		"(+ 1",
	};
	for(i = 0; i < len progs; i++){
		{
			r := ref Reader(progs[i], 0);
			v := eval(r.read(), g);
			sys->print("%s\n", text(v));
		} exception ex {
		"lisp:*" =>
			sys->print("error:%s\n", ex[5:]);
		}
	}
}
