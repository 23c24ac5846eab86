implement ShuntYard;

include "sys.m";
	sys: Sys;
include "draw.m";

ShuntYard: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

TNUM, TIDENT, TOP, TLPAREN, TRPAREN, TCOMMA: con iota;

Token: adt {
	kind:	int;
	text:	string;
	val:	int;
};

Op: adt {
	sym:	string;
	prec:	int;
	right:	int;	# right associative
};

ops := array[] of {
	Op("+", 1, 0), Op("-", 1, 0), Op("*", 2, 0), Op("/", 2, 0),
	Op("%", 2, 0), Op("^", 3, 1), Op("~", 4, 1),
};

Env: adt {
	names:	list of string;
	vals:	list of int;
	get:	fn(e: self ref Env, n: string): int;
};

Env.get(e: self ref Env, n: string): int
{
	v := e.vals;
	for(l := e.names; l != nil; l = tl l){
		if(hd l == n) return hd v;
		v = tl v;
	}
	raise "expr: undefined " + n;
}

findop(s: string): ref Op
{
	for(i := 0; i < len ops; i++)
		if(ops[i].sym == s) return ref ops[i];
	return nil;
}

lex(s: string): list of ref Token
{
	toks: list of ref Token;
	prev := TOP;
	for(i := 0; i < len s; ){
		c := s[i];
		if(c == ' '){
			i++;
			continue;
		}
		t: ref Token;
		if(c >= '0' && c <= '9'){
			j := i;
			while(j < len s && s[j] >= '0' && s[j] <= '9')
				j++;
			t = ref Token(TNUM, s[i:j], int s[i:j]);
			i = j;
		}else if(c >= 'a' && c <= 'z'){
			j := i;
			while(j < len s && s[j] >= 'a' && s[j] <= 'z')
				j++;
			t = ref Token(TIDENT, s[i:j], 0);
			i = j;
		}else{
			k := TOP;
			case c {
			'(' =>	k = TLPAREN;
			')' =>	k = TRPAREN;
			}
			text := s[i:i+1];
			if(c == '-' && (prev == TOP || prev == TLPAREN))
				text = "~";	# unary minus
			t = ref Token(k, text, 0);
			i++;
		}
		prev = t.kind;
		toks = t :: toks;
	}
	r: list of ref Token;
	for(; toks != nil; toks = tl toks)
		r = hd toks :: r;
	return r;
}

topostfix(toks: list of ref Token): list of ref Token
{
	out, stack: list of ref Token;
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		case t.kind {
		TNUM or TIDENT =>
			out = t :: out;
		TOP =>
			o := findop(t.text);
			if(o == nil) raise "expr: bad operator " + t.text;
			while(stack != nil && (hd stack).kind == TOP){
				p := findop((hd stack).text);
				if(p.prec > o.prec || p.prec == o.prec && !o.right){
					out = hd stack :: out;
					stack = tl stack;
				}else
					break;
			}
			stack = t :: stack;
		TLPAREN =>
			stack = t :: stack;
		TRPAREN =>
			while(stack != nil && (hd stack).kind != TLPAREN){
				out = hd stack :: out;
				stack = tl stack;
			}
			if(stack == nil) raise "expr: unbalanced )";
			stack = tl stack;
		}
	}
	for(; stack != nil; stack = tl stack){
		if((hd stack).kind == TLPAREN) raise "expr: unbalanced (";
		out = hd stack :: out;
	}
	r: list of ref Token;
	for(; out != nil; out = tl out)
		r = hd out :: r;
	return r;
}

power(b, e: int): int
{
	r := 1;
	for(; e > 0; e--)
		r *= b;
	return r;
}

evaluate(pf: list of ref Token, env: ref Env): int
{
	st := array[32] of int;
	sp := 0;
	for(; pf != nil; pf = tl pf){
		t := hd pf;
		case t.kind {
		TNUM =>	st[sp++] = t.val;
		TIDENT =>	st[sp++] = env.get(t.text);
		* =>
			if(t.text == "~"){
				st[sp-1] = -st[sp-1];
				continue;
			}
			b := st[--sp];
			a := st[--sp];
			case t.text {
			"+" =>	a += b;
			"-" =>	a -= b;
			"*" =>	a *= b;
			"/" =>	a /= b;
			"%" =>	a %= b;
			"^" =>	a = power(a, b);
			}
			st[sp++] = a;
		}
	}
	return st[0];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	env := ref Env("x" :: "y" :: "width" :: nil, 7 :: 3 :: 80 :: nil);
	exprs := array[] of {
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + y * (width - 10) / 7",
		"100 % x - -y", "((x))", "2 * (3 + 4", "z + 1", "10 / (y - 1) + x ^ 2",
	};
	for(i := 0; i < len exprs; i++){
		{
			pf := topostfix(lex(exprs[i]));
			s := "";
			for(l := pf; l != nil; l = tl l)
				s += (hd l).text + " ";
			sys->print("%-28s => %-24s = %d\n", exprs[i], s, evaluate(pf, env));
		} exception e {
		"expr:*" =>
			sys->print("%-28s => error: %s\n", exprs[i], e[6:]);
		}
	}
}
