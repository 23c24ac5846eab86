implement Interp;

include "sys.m";
	sys: Sys;
include "draw.m";

Interp: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Sx: adt {
	pick {
	Num =>
		n: int;
	Sym =>
		s: string;
	List =>
		l: cyclic list of ref Sx;
	}
};

Env: adt {
	name: string;
	val: cyclic ref V;
	next: cyclic ref Env;
};

V: adt {
	pick {
	Int =>
		n: int;
	Bool =>
		b: int;
	Fn =>
		params: list of string;
		body: ref Sx;
		env: ref Env;
		name: string;
	Prim =>
		name: string;
		f: ref fn(args: list of ref V): ref V;
	Nil =>
	}
};

globals: ref Env;
evals := 0;

# ---- reader ----
src: string;
pos: int;

skip()
{
	while(pos < len src && (src[pos] == ' ' || src[pos] == '\n'))
		pos++;
}

read(): ref Sx
{
	skip();
	if(pos >= len src)
		raise "interp: unexpected end";
	c := src[pos];
	if(c == '('){
		pos++;
		items: list of ref Sx;
		for(;;){
			skip();
			if(pos >= len src)
				raise "interp: missing )";
			if(src[pos] == ')'){
				pos++;
				break;
			}
			items = read() :: items;
		}
		r: list of ref Sx;
		for(; items != nil; items = tl items)
			r = hd items :: r;
		return ref Sx.List(r);
	}
	st := pos;
	while(pos < len src && src[pos] != ' ' && src[pos] != '(' && src[pos] != ')' && src[pos] != '\n')
		pos++;
	w := src[st:pos];
	if((w[0] >= '0' && w[0] <= '9') || (w[0] == '-' && len w > 1))
		return ref Sx.Num(int w);
	return ref Sx.Sym(w);
}

# ---- environment ----
bind(e: ref Env, n: string, v: ref V): ref Env
{
	return ref Env(n, v, e);
}

find(e: ref Env, n: string): ref V
{
	for(; e != nil; e = e.next)
		if(e.name == n)
			return e.val;
	# fall back to the (growing) global environment
	for(e = globals; e != nil; e = e.next)
		if(e.name == n)
			return e.val;
	raise "interp: unbound " + n;
}

# ---- evaluator ----
eval(x: ref Sx, e: ref Env): ref V
{
	evals++;
	pick t := x {
	Num =>
		return ref V.Int(t.n);
	Sym =>
		if(t.s == "true")
			return ref V.Bool(1);
		if(t.s == "false")
			return ref V.Bool(0);
		return find(e, t.s);
	List =>
		if(t.l == nil)
			return ref V.Nil;
		pick h := hd t.l {
		Sym =>
			case h.s {
			"if" =>
				a := tl t.l;
				if(truth(eval(hd a, e)))
					return eval(hd tl a, e);
				return eval(hd tl tl a, e);
			"let" =>
				# (let name value body)
				a := tl t.l;
				n := symname(hd a);
				v := eval(hd tl a, e);
				return eval(hd tl tl a, bind(e, n, v));
			"lambda" =>
				a := tl t.l;
				return ref V.Fn(names(hd a), hd tl a, e, "lambda");
			"define" =>
				a := tl t.l;
				n := symname(hd a);
				v := eval(hd tl a, e);
				pick f := v {
				Fn =>
					f.name = n;
				}
				globals = bind(globals, n, v);
				return v;
			"begin" =>
				r: ref V = ref V.Nil;
				for(a := tl t.l; a != nil; a = tl a)
					r = eval(hd a, e);
				return r;
			}
		}
		f := eval(hd t.l, e);
		args: list of ref V;
		for(a := tl t.l; a != nil; a = tl a)
			args = eval(hd a, e) :: args;
		return apply(f, revv(args));
	}
	return nil;
}

apply(f: ref V, args: list of ref V): ref V
{
	pick g := f {
	Prim =>
		return g.f(args);
	Fn =>
		e := g.env;
		if(e == nil)
			e = globals;
		p := g.params;
		for(; p != nil && args != nil; p = tl p){
			e = bind(e, hd p, hd args);
			args = tl args;
		}
		if(p != nil || args != nil)
			raise "interp: arity mismatch calling " + g.name;
		return eval(g.body, e);
	}
	raise "interp: not a function: " + show(f);
}

revv(l: list of ref V): list of ref V
{
	r: list of ref V;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

symname(x: ref Sx): string
{
	pick s := x {
	Sym =>
		return s.s;
	}
	raise "interp: expected symbol";
}

names(x: ref Sx): list of string
{
	r: list of string;
	pick l := x {
	List =>
		for(a := l.l; a != nil; a = tl a)
			r = symname(hd a) :: r;
	}
	n: list of string;
	for(; r != nil; r = tl r)
		n = hd r :: n;
	return n;
}

truth(v: ref V): int
{
	pick b := v {
	Bool =>
		return b.b;
	Int =>
		return b.n != 0;
	Nil =>
		return 0;
	}
	return 1;
}

intof(v: ref V): int
{
	pick i := v {
	Int =>
		return i.n;
	}
	raise "interp: not a number: " + show(v);
}

show(v: ref V): string
{
	pick x := v {
	Int =>
		return string x.n;
	Bool =>
		if(x.b)
			return "true";
		return "false";
	Fn =>
		return "<fn " + x.name + "/" + string len x.params + ">";
	Prim =>
		return "<prim " + x.name + ">";
	Nil =>
		return "()";
	}
	return "?";
}

# ---- primitives ----
padd(a: list of ref V): ref V { s := 0; for(; a != nil; a = tl a) s += intof(hd a); return ref V.Int(s); }
pmul(a: list of ref V): ref V { s := 1; for(; a != nil; a = tl a) s *= intof(hd a); return ref V.Int(s); }
psub(a: list of ref V): ref V
{
	if(tl a == nil)
		return ref V.Int(-intof(hd a));
	return ref V.Int(intof(hd a) - intof(hd tl a));
}
plt(a: list of ref V): ref V { return ref V.Bool(intof(hd a) < intof(hd tl a)); }
peq(a: list of ref V): ref V { return ref V.Bool(intof(hd a) == intof(hd tl a)); }
pmod(a: list of ref V): ref V
{
	d := intof(hd tl a);
	if(d == 0)
		raise "interp: modulus by zero";
	return ref V.Int(intof(hd a) % d);
}

run(text: string)
{
	src = text;
	pos = 0;
	evals = 0;
	{
		x := read();
		v := eval(x, globals);
		sys->print("%s\n  => %s  (%d evals)\n", text, show(v), evals);
	} exception e {
	"interp:*" =>
		sys->print("%s\n  !! %s\n", text, e[8:]);
	}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	prims := array[] of {
		("+", padd), ("*", pmul), ("-", psub), ("<", plt), ("=", peq), ("mod", pmod),
	};
	for(i := 0; i < len prims; i++){
		(n, f) := prims[i];
		globals = bind(globals, n, ref V.Prim(n, f));
	}
	run("(+ 1 2 3 4)");
	run("(let x 5 (* x x))");
	run("(let x 2 (let y 3 (let x 10 (+ x y))))");
	run("(if (< 3 2) 100 200)");
	run("(define sq (lambda (n) (* n n)))");
	run("(sq 12)");
	run("(define fact (lambda (n) (if (< n 1) 1 (* n (fact (- n 1))))))");
	run("(fact 10)");
	run("(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))");
	run("(fib 15)");
	run("(define adder (lambda (k) (lambda (x) (+ x k))))");
	run("(let add5 (adder 5) (add5 (add5 1)))");
	run("(define compose (lambda (f g) (lambda (x) (f (g x)))))");
	run("((compose sq (adder 1)) 6)");
	run("(define gcd (lambda (a b) (if (= b 0) a (gcd b (mod a b)))))");
	run("(gcd 1071 462)");
	run("(begin (define z 7) (sq z))");
	run("(undefinedthing 1)");
	run("(sq 1 2)");
	run("(mod 5 0)");
	run("(3 4)");
	run("(+ 1 (* 2 3)");
	run("sq");
	run("()");
}
