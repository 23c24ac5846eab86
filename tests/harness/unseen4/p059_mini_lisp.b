implement MiniLisp;

include "sys.m";
	sys: Sys;
include "draw.m";

MiniLisp: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Cell: adt {
	pick {
	Nil =>
	Int =>
		v: int;
	Sym =>
		name: string;
	Pair =>
		car, cdr: cyclic ref Cell;
	Lambda =>
		params: cyclic ref Cell;
		body: cyclic ref Cell;
		env: cyclic ref Env;
	Builtin =>
		name: string;
		f: ref fn(args: ref Cell): ref Cell;
	}
};

Env: adt {
	names: list of string;
	vals: list of ref Cell;
	outer: cyclic ref Env;

	lookup: fn(e: self ref Env, n: string): ref Cell;
	define: fn(e: self ref Env, n: string, v: ref Cell);
};

NIL: ref Cell;

Env.lookup(e: self ref Env, n: string): ref Cell
{
	for(; e != nil; e = e.outer){
		(ns, vs) := (e.names, e.vals);
		for(; ns != nil; (ns, vs) = (tl ns, tl vs))
			if(hd ns == n)
				return hd vs;
	}
	raise "lisp: unbound " + n;
}

Env.define(e: self ref Env, n: string, v: ref Cell)
{
	e.names = n :: e.names;
	e.vals = v :: e.vals;
}

# reader
Reader: adt {
	s: string;
	p: int;
	read: fn(r: self ref Reader): ref Cell;
};

Reader.read(r: self ref Reader): ref Cell
{
	while(r.p < len r.s && (r.s[r.p] == ' ' || r.s[r.p] == '\n'))
		r.p++;
	if(r.p >= len r.s)
		raise "lisp: eof";
	c := r.s[r.p];
	if(c == '('){
		r.p++;
		items: list of ref Cell;
		for(;;){
			while(r.p < len r.s && r.s[r.p] == ' ')
				r.p++;
			if(r.p >= len r.s)
				raise "lisp: missing )";
			if(r.s[r.p] == ')'){
				r.p++;
				break;
			}
			items = r.read() :: items;
		}
		l := NIL;
		for(; items != nil; items = tl items)
			l = ref Cell.Pair(hd items, l);
		return l;
	}
	if(c == ')')
		raise "lisp: unexpected )";
	st := r.p;
	while(r.p < len r.s && r.s[r.p] != ' ' && r.s[r.p] != '(' && r.s[r.p] != ')' && r.s[r.p] != '\n')
		r.p++;
	tok := r.s[st:r.p];
	if(tok[0] >= '0' && tok[0] <= '9' || tok[0] == '-' && len tok > 1)
		return ref Cell.Int(int tok);
	return ref Cell.Sym(tok);
}

str(c: ref Cell): string
{
	pick x := c {
	Nil => return "()";
	Int => return string x.v;
	Sym => return x.name;
	Lambda => return "<lambda>";
	Builtin => return "<builtin " + x.name + ">";
	Pair =>
		s := "(" + str(x.car);
		t := x.cdr;
		for(;;){
			pick y := t {
			Pair =>
				s += " " + str(y.car);
				t = y.cdr;
				continue;
			Nil =>
				;
			* =>
				s += " . " + str(t);
			}
			break;
		}
		return s + ")";
	}
	return "?";
}

car(c: ref Cell): ref Cell
{
	pick x := c {
	Pair => return x.car;
	}
	raise "lisp: car of non-pair " + str(c);
}

cdr(c: ref Cell): ref Cell
{
	pick x := c {
	Pair => return x.cdr;
	}
	raise "lisp: cdr of non-pair " + str(c);
}

intof(c: ref Cell): int
{
	pick x := c {
	Int => return x.v;
	}
	raise "lisp: not a number: " + str(c);
}

truth(c: ref Cell): int
{
	pick x := c {
	Nil => return 0;
	Int => return x.v != 0;
	}
	return 1;
}

isnil(c: ref Cell): int
{
	pick x := c {
	Nil => return 1;
	}
	return 0;
}

b_add(a: ref Cell): ref Cell { s := 0; for(; !isnil(a); a = cdr(a)) s += intof(car(a)); return ref Cell.Int(s); }
b_mul(a: ref Cell): ref Cell { s := 1; for(; !isnil(a); a = cdr(a)) s *= intof(car(a)); return ref Cell.Int(s); }
b_sub(a: ref Cell): ref Cell { return ref Cell.Int(intof(car(a)) - intof(car(cdr(a)))); }
b_lt(a: ref Cell): ref Cell { return ref Cell.Int(intof(car(a)) < intof(car(cdr(a)))); }
b_eq(a: ref Cell): ref Cell { return ref Cell.Int(intof(car(a)) == intof(car(cdr(a)))); }
b_cons(a: ref Cell): ref Cell { return ref Cell.Pair(car(a), car(cdr(a))); }
b_car(a: ref Cell): ref Cell { return car(car(a)); }
b_cdr(a: ref Cell): ref Cell { return cdr(car(a)); }
b_list(a: ref Cell): ref Cell { return a; }

evlist(l: ref Cell, env: ref Env): ref Cell
{
	if(isnil(l))
		return NIL;
	return ref Cell.Pair(eval(car(l), env), evlist(cdr(l), env));
}

eval(c: ref Cell, env: ref Env): ref Cell
{
	pick x := c {
	Sym =>
		return env.lookup(x.name);
	Pair =>
		pick h := x.car {
		Sym =>
			case h.name {
			"quote" =>
				return car(x.cdr);
			"if" =>
				if(truth(eval(car(x.cdr), env)))
					return eval(car(cdr(x.cdr)), env);
				return eval(car(cdr(cdr(x.cdr))), env);
			"define" =>
				v := eval(car(cdr(x.cdr)), env);
				env.define(str(car(x.cdr)), v);
				return car(x.cdr);
			"lambda" =>
				return ref Cell.Lambda(car(x.cdr), car(cdr(x.cdr)), env);
			}
		}
		f := eval(x.car, env);
		args := evlist(x.cdr, env);
		pick fv := f {
		Builtin =>
			return fv.f(args);
		Lambda =>
			ne := ref Env(nil, nil, fv.env);
			for(p := fv.params; !isnil(p); p = cdr(p)){
				if(isnil(args))
					raise "lisp: too few arguments";
				ne.define(str(car(p)), car(args));
				args = cdr(args);
			}
			return eval(fv.body, ne);
		}
		raise "lisp: not a function: " + str(f);
	* =>
		return c;
	}
	return NIL;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	NIL = ref Cell.Nil;
	g := ref Env(nil, nil, nil);
	g.define("+", ref Cell.Builtin("+", b_add));
	g.define("*", ref Cell.Builtin("*", b_mul));
	g.define("-", ref Cell.Builtin("-", b_sub));
	g.define("<", ref Cell.Builtin("<", b_lt));
	g.define("=", ref Cell.Builtin("=", b_eq));
	g.define("cons", ref Cell.Builtin("cons", b_cons));
	g.define("car", ref Cell.Builtin("car", b_car));
	g.define("cdr", ref Cell.Builtin("cdr", b_cdr));
	g.define("list", ref Cell.Builtin("list", b_list));
	prog := array[] of {
		"(+ 1 2 3)",
		"(quote (a b (c d)))",
		"(define sq (lambda (x) (* x x)))",
		"(sq 12)",
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define map (lambda (f l) (if l (cons (f (car l)) (map f (cdr l))) (quote ()))))",
		"(map sq (list 1 2 3 4 5))",
		"(cons 1 2)",
		"(define make-adder (lambda (n) (lambda (x) (+ x n))))",
		"((make-adder 5) 37)",
		"(car (quote ()))",
		"(undefined 1)",
		"(1 2 3)",
		"(+ 1 (quote a))",
		"(sq",
		"car",
	};
	for(i := 0; i < len prog; i++){
		{
			r := ref Reader(prog[i], 0);
			v := eval(r.read(), g);
			sys->print("%s => %s\n", prog[i], str(v));
		} exception e {
			"lisp:*" =>
				sys->fprint(sys->fildes(2), "%s => ERROR %s\n", prog[i], e[6:]);
		}
	}
}
