implement Lisp;

include "sys.m";
	sys: Sys;
include "draw.m";

Lisp: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

Cell: adt {
	pick {
	Num =>
		v: int;
	Sym =>
		name: string;
	Pair =>
		car, cdr: ref Cell;
	Lambda =>
		params: ref Cell;
		body: ref Cell;
		env: ref Env;
	Builtin =>
		name: string;
	}
};

Env: adt {
	vars: list of (string, ref Cell);
	outer: ref Env;

	find: fn(e: self ref Env, name: string): ref Cell;
	set: fn(e: self ref Env, name: string, v: ref Cell);
};

Env.find(e: self ref Env, name: string): ref Cell
{
	for(; e != nil; e = e.outer)
		for(l := e.vars; l != nil; l = tl l){
			(n, v) := hd l;
			if(n == name)
				return v;
		}
	raise "lisp:unbound " + name;
}

Env.set(e: self ref Env, name: string, v: ref Cell)
{
	e.vars = (name, v) :: e.vars;
}

nilcell: ref Cell;
truecell: ref Cell;

# reader
src: string;
pos: int;

skipws()
{
	while(pos < len src && (src[pos] == ' ' || src[pos] == '\n' || src[pos] == '\t'))
		pos++;
}

read(): ref Cell
{
	skipws();
	if(pos >= len src)
		raise "lisp:unexpected eof";
	c := src[pos];
	if(c == '('){
		pos++;
		return readlist();
	}
	if(c == ')')
		raise "lisp:unexpected )";
	if(c == '\''){
		pos++;
		return ref Cell.Pair(ref Cell.Sym("quote"), ref Cell.Pair(read(), nilcell));
	}
	st := pos;
	while(pos < len src && src[pos] != ' ' && src[pos] != '(' && src[pos] != ')' && src[pos] != '\n')
		pos++;
	tok := src[st:pos];
	neg := tok[0] == '-' && len tok > 1;
	i := 0;
	if(neg)
		i = 1;
	for(; i < len tok; i++)
		if(tok[i] < '0' || tok[i] > '9')
			return ref Cell.Sym(tok);
	return ref Cell.Num(int tok);
}

readlist(): ref Cell
{
	skipws();
	if(pos >= len src)
		raise "lisp:missing )";
	if(src[pos] == ')'){
		pos++;
		return nilcell;
	}
	car := read();
	return ref Cell.Pair(car, readlist());
}

str(c: ref Cell): string
{
	if(c == nilcell)
		return "()";
	pick x := c {
	Num =>	return string x.v;
	Sym =>	return x.name;
	Lambda =>	return "<lambda>";
	Builtin =>	return "<builtin " + x.name + ">";
	Pair =>
		s := "(" + str(x.car);
		r := x.cdr;
		for(;;){
			if(r == nilcell)
				break;
			pick p := r {
			Pair =>
				s += " " + str(p.car);
				r = p.cdr;
				continue;
			}
			s += " . " + str(r);
			break;
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
	raise "lisp:car of non-pair " + str(c);
}

cdr(c: ref Cell): ref Cell
{
	pick p := c {
	Pair => return p.cdr;
	}
	raise "lisp:cdr of non-pair " + str(c);
}

num(c: ref Cell): int
{
	pick n := c {
	Num => return n.v;
	}
	raise "lisp:not a number: " + str(c);
}

truth(c: ref Cell): int
{
	return c != nilcell;
}

bool(b: int): ref Cell
{
	if(b)
		return truecell;
	return nilcell;
}

steps := 0;

eval(c: ref Cell, env: ref Env): ref Cell
{
	if(++steps > 200000)
		raise "lisp:step limit";
	if(c == nilcell)
		return c;
	pick x := c {
	Num =>
		return c;
	Lambda =>
		return c;
	Builtin =>
		return c;
	Sym =>
		if(x.name == "t")
			return truecell;
		return env.find(x.name);
	Pair =>
		pick h := x.car {
		Sym =>
			case h.name {
			"quote" =>
				return car(x.cdr);
			"if" =>
				if(truth(eval(car(x.cdr), env)))
					return eval(car(cdr(x.cdr)), env);
				rest := cdr(cdr(x.cdr));
				if(rest == nilcell)
					return nilcell;
				return eval(car(rest), env);
			"define" =>
				pick s := car(x.cdr) {
				Sym =>
					v := eval(car(cdr(x.cdr)), env);
					env.set(s.name, v);
					return car(x.cdr);
				}
				raise "lisp:bad define";
			"lambda" =>
				return ref Cell.Lambda(car(x.cdr), car(cdr(x.cdr)), env);
			}
		}
		f := eval(x.car, env);
		args: list of ref Cell;
		for(a := x.cdr; a != nilcell; a = cdr(a))
			args = eval(car(a), env) :: args;
		rargs: list of ref Cell;
		for(; args != nil; args = tl args)
			rargs = hd args :: rargs;
		return apply(f, rargs);
	}
	return nilcell;
}

apply(f: ref Cell, args: list of ref Cell): ref Cell
{
	pick fc := f {
	Builtin =>
		case fc.name {
		"+" or "*" =>
			r := 0;
			if(fc.name == "*")
				r = 1;
			for(; args != nil; args = tl args)
				if(fc.name == "+")
					r += num(hd args);
				else
					r *= num(hd args);
			return ref Cell.Num(r);
		"-" =>
			r := num(hd args);
			if(tl args == nil)
				return ref Cell.Num(-r);
			for(args = tl args; args != nil; args = tl args)
				r -= num(hd args);
			return ref Cell.Num(r);
		"<" =>	return bool(num(hd args) < num(hd tl args));
		"=" =>	return bool(num(hd args) == num(hd tl args));
		"car" =>	return car(hd args);
		"cdr" =>	return cdr(hd args);
		"cons" =>	return ref Cell.Pair(hd args, hd tl args);
		"null?" =>	return bool(hd args == nilcell);
		"list" =>
			r := nilcell;
			rev: list of ref Cell;
			for(; args != nil; args = tl args)
				rev = hd args :: rev;
			for(; rev != nil; rev = tl rev)
				r = ref Cell.Pair(hd rev, r);
			return r;
		}
	Lambda =>
		e := ref Env(nil, fc.env);
		p := fc.params;
		for(; p != nilcell; p = cdr(p)){
			if(args == nil)
				raise "lisp:too few arguments";
			pick s := car(p) {
			Sym => e.set(s.name, hd args);
			}
			args = tl args;
		}
		if(args != nil)
			raise "lisp:too many arguments";
		return eval(fc.body, e);
	}
	raise "lisp:not a function: " + str(f);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nilcell = ref Cell.Sym("nil");
	truecell = ref Cell.Sym("t");
	global := ref Env(nil, nil);
	builtins := array[] of {"+", "-", "*", "<", "=", "car", "cdr", "cons", "null?", "list"};
	for(i := 0; i < len builtins; i++)
		global.set(builtins[i], ref Cell.Builtin(builtins[i]));
	global.set("nil", nilcell);

	program := array[] of {
		"(+ 1 2 (* 3 4))",
		"(define sq (lambda (x) (* x x)))",
		"(sq 12)",
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 12)",
		"(define map (lambda (f l) (if (null? l) nil (cons (f (car l)) (map f (cdr l))))))",
		"(map sq (list 1 2 3 4 5))",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(map fib '(5 10 12 15))",
		"(define make-adder (lambda (n) (lambda (x) (+ x n))))",
		"((make-adder 10) 32)",
		"(cons 1 2)",
		"'(a (b c) d)",
		"(car '())",
		"(undefined 1)",
		"(sq 1 2)",
		"(+ 1 'a)",
		"(define loop (lambda (n) (loop (+ n 1))))",
		"(loop 0)",
		"(+ 1 2",
	};
	errors := 0;
	for(i = 0; i < len program; i++){
		src = program[i];
		pos = 0;
		steps = 0;
		{
			v := eval(read(), global);
			sys->print("%s\n  => %s\n", src, str(v));
		} exception e {
		"lisp:*" =>
			sys->print("%s\n  !! %s\n", src, e[5:]);
			errors++;
		}
	}
	if(errors > 0)
		raise sys->sprint("fail:%d errors", errors);
}
