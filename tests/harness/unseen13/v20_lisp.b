implement Lisp;

include "sys.m";
	sys: Sys;
include "draw.m";

Lisp: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Cell: adt {
	pick {
	Num =>	v: int;
	Sym =>	name: string;
	List =>	items: list of ref Cell;
	}
};

Env: adt {
	name:	string;
	val:	int;
	next:	cyclic ref Env;
};

src: string;
pos: int;

skipws()
{
	while(pos < len src && (src[pos] == ' ' || src[pos] == '\n'))
		pos++;
}

parse(): ref Cell
{
	skipws();
	if(src[pos] == '('){
		pos++;
		items: list of ref Cell;
		for(;;){
			skipws();
			if(src[pos] == ')')
				break;
			items = parse() :: items;
		}
		pos++;
		r: list of ref Cell;
		for(; items != nil; items = tl items)
			r = hd items :: r;
		return ref Cell.List(r);
	}
	start := pos;
	while(pos < len src && src[pos] != ' ' && src[pos] != '(' && src[pos] != ')' && src[pos] != '\n')
		pos++;
	tok := src[start:pos];
	if(tok[0] >= '0' && tok[0] <= '9' || len tok > 1 && tok[0] == '-')
		return ref Cell.Num(int tok);
	return ref Cell.Sym(tok);
}

show(c: ref Cell): string
{
	pick x := c {
	Num =>	return string x.v;
	Sym =>	return x.name;
	List =>
		s := "(";
		for(l := x.items; l != nil; l = tl l){
			s += show(hd l);
			if(tl l != nil)
				s += " ";
		}
		return s + ")";
	}
	return "?";
}

lookup(e: ref Env, n: string): int
{
	for(; e != nil; e = e.next)
		if(e.name == n)
			return e.val;
	raise "fail:unbound " + n;
}

eval(c: ref Cell, e: ref Env, depth: int): int
{
	pick x := c {
	Num =>	return x.v;
	Sym =>	return lookup(e, x.name);
	List =>
		op := hd x.items;
		args := tl x.items;
		pick o := op {
		Sym =>
			case o.name {
			"let" =>
				# (let name value body)
				name := show(hd args);
				v := eval(hd tl args, e, depth+1);
				sys->print("%*slet %s = %d\n", depth*2, "", name, v);
				return eval(hd tl tl args, ref Env(name, v, e), depth+1);
			"if" =>
				if(eval(hd args, e, depth+1) != 0)
					return eval(hd tl args, e, depth+1);
				return eval(hd tl tl args, e, depth+1);
			"+" or "*" or "-" or "<" or "max" =>
				acc := eval(hd args, e, depth+1);
				for(args = tl args; args != nil; args = tl args){
					v := eval(hd args, e, depth+1);
					case o.name {
					"+" =>	acc += v;
					"*" =>	acc *= v;
					"-" =>	acc -= v;
					"<" =>	acc = acc < v;
					"max" =>	if(v > acc) acc = v;
					}
				}
				return acc;
			}
		}
		raise "fail:bad form " + show(c);
	}
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	progs := array[] of {
		"(+ 1 2 3 4)",
		"(* (+ 1 2) (- 10 4))",
		"(let x 5 (let y (* x x) (+ x y)))",
		"(if (< 3 2) 100 (max 7 -3 12 9))",
		"(let a 2 (let b (+ a 1) (if (< a b) (* a b 10) 0)))",
		"(+ 1 zz)",
	};
	for(i := 0; i < len progs; i++){
		src = progs[i];
		pos = 0;
		c := parse();
		sys->print("> %s\n", show(c));
		{
			sys->print("= %d\n", eval(c, nil, 1));
		}exception ex{
		"fail:*" =>
			sys->print("error: %s\n", ex[5:]);
		}
	}
}
