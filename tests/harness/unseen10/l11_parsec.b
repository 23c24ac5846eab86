implement Parsec;

include "sys.m";
	sys: Sys;
include "draw.m";

Parsec: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Val: adt {
	pick {
	Str =>
		s: string;
	Num =>
		n: int;
	Seq =>
		items: list of ref Val;
	None =>
	}
};

P: adt {
	pick {
	Sat =>
		what: string;
		test: ref fn(c: int): int;
	Lit =>
		s: string;
	Seq =>
		ps: list of ref P;
	Alt =>
		ps: list of ref P;
	Many =>
		p: ref P;
		atleast: int;
	Opt =>
		p: ref P;
	Map =>
		p: ref P;
		f: ref fn(v: ref Val): ref Val;
	Ref =>
		name: string;
	}
};

grammar: list of (string, ref P);

define(name: string, p: ref P)
{
	grammar = (name, p) :: grammar;
}

lookup(name: string): ref P
{
	for(g := grammar; g != nil; g = tl g){
		(n, p) := hd g;
		if(n == name)
			return p;
	}
	raise "parsec: undefined rule " + name;
}

# run returns new position or -1, plus the value
run(p: ref P, s: string, i: int): (int, ref Val)
{
	pick q := p {
	Sat =>
		if(i < len s && q.test(s[i]))
			return (i + 1, ref Val.Str(s[i:i + 1]));
		return (-1, nil);
	Lit =>
		n := len q.s;
		if(i + n <= len s && s[i:i + n] == q.s)
			return (i + n, ref Val.Str(q.s));
		return (-1, nil);
	Seq =>
		vs: list of ref Val;
		for(l := q.ps; l != nil; l = tl l){
			(j, v) := run(hd l, s, i);
			if(j < 0)
				return (-1, nil);
			vs = v :: vs;
			i = j;
		}
		return (i, ref Val.Seq(rev(vs)));
	Alt =>
		for(l := q.ps; l != nil; l = tl l){
			(j, v) := run(hd l, s, i);
			if(j >= 0)
				return (j, v);
		}
		return (-1, nil);
	Many =>
		vs: list of ref Val;
		n := 0;
		for(;;){
			(j, v) := run(q.p, s, i);
			if(j < 0 || j == i)
				break;
			vs = v :: vs;
			i = j;
			n++;
		}
		if(n < q.atleast)
			return (-1, nil);
		return (i, ref Val.Seq(rev(vs)));
	Opt =>
		(j, v) := run(q.p, s, i);
		if(j < 0)
			return (i, ref Val.None);
		return (j, v);
	Map =>
		(j, v) := run(q.p, s, i);
		if(j < 0)
			return (-1, nil);
		return (j, q.f(v));
	Ref =>
		return run(lookup(q.name), s, i);
	}
	return (-1, nil);
}

rev(l: list of ref Val): list of ref Val
{
	r: list of ref Val;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

# combinator constructors
seq(ps: list of ref P): ref P { return ref P.Seq(ps); }
choice(ps: list of ref P): ref P { return ref P.Alt(ps); }
many(p: ref P): ref P { return ref P.Many(p, 0); }
many1(p: ref P): ref P { return ref P.Many(p, 1); }
lit(s: string): ref P { return ref P.Lit(s); }
rule(n: string): ref P { return ref P.Ref(n); }
map(p: ref P, f: ref fn(v: ref Val): ref Val): ref P { return ref P.Map(p, f); }
tok(p: ref P): ref P { return map(seq(p :: many(ref P.Sat("space", isspace)) :: nil), first); }

isdigit(c: int): int { return c >= '0' && c <= '9'; }
isspace(c: int): int { return c == ' ' || c == '\t'; }
isalpha(c: int): int { return c >= 'a' && c <= 'z'; }

first(v: ref Val): ref Val
{
	pick s := v {
	Seq =>
		return hd s.items;
	}
	return v;
}

flat(v: ref Val): string
{
	pick x := v {
	Str =>
		return x.s;
	Num =>
		return string x.n;
	Seq =>
		r := "";
		for(l := x.items; l != nil; l = tl l)
			r += flat(hd l);
		return r;
	None =>
		return "";
	}
	return "?";
}

show(v: ref Val): string
{
	if(v == nil)
		return "nil";
	pick x := v {
	Str =>
		return "\"" + x.s + "\"";
	Num =>
		return string x.n;
	Seq =>
		r := "[";
		for(l := x.items; l != nil; l = tl l){
			r += show(hd l);
			if(tl l != nil)
				r += " ";
		}
		return r + "]";
	None =>
		return "_";
	}
	return "?";
}

word(v: ref Val): ref Val { return ref Val.Str(flat(v)); }
tonum(v: ref Val): ref Val { return ref Val.Num(int flat(v)); }

num(v: ref Val): int
{
	pick x := v {
	Num =>
		return x.n;
	}
	return 0;
}

# fold "a (op b)*" into a number
chain(v: ref Val): ref Val
{
	pick x := v {
	Seq =>
		acc := num(hd x.items);
		pick rest := hd tl x.items {
		Seq =>
			for(l := rest.items; l != nil; l = tl l){
				pick pr := hd l {
				Seq =>
					op := flat(hd pr.items);
					r := num(hd tl pr.items);
					case op {
					"+" => acc += r;
					"-" => acc -= r;
					"*" => acc *= r;
					"/" =>
						if(r == 0)
							raise "parsec: division by zero";
						acc /= r;
					}
				}
			}
		}
		return ref Val.Num(acc);
	}
	return v;
}

paren(v: ref Val): ref Val
{
	pick x := v {
	Seq =>
		return hd tl x.items;
	}
	return v;
}

negate(v: ref Val): ref Val
{
	pick x := v {
	Seq =>
		return ref Val.Num(-num(hd tl x.items));
	}
	return v;
}

attempt(name: string, s: string)
{
	{
		(j, v) := run(rule(name), s, 0);
		if(j < 0)
			sys->print("%-6s %-22s => no parse\n", name, "'" + s + "'");
		else if(j < len s)
			sys->print("%-6s %-22s => %s (stopped at %d, rest '%s')\n", name, "'" + s + "'", show(v), j, s[j:]);
		else
			sys->print("%-6s %-22s => %s\n", name, "'" + s + "'", show(v));
	} exception e {
	"parsec:*" =>
		sys->print("%-6s %-22s => error: %s\n", name, "'" + s + "'", e[8:]);
	}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	digit := ref P.Sat("digit", isdigit);
	define("number", tok(map(many1(digit), tonum)));
	define("ident", tok(map(many1(ref P.Sat("alpha", isalpha)), word)));
	define("atom", choice(rule("number")
		:: map(seq(tok(lit("(")) :: rule("expr") :: tok(lit(")")) :: nil), paren)
		:: map(seq(tok(lit("-")) :: rule("atom") :: nil), negate)
		:: nil));
	define("term", map(seq(rule("atom") :: many(seq(tok(choice(lit("*") :: lit("/") :: nil)) :: rule("atom") :: nil)) :: nil), chain));
	define("expr", map(seq(rule("term") :: many(seq(tok(choice(lit("+") :: lit("-") :: nil)) :: rule("term") :: nil)) :: nil), chain));
	define("list", seq(tok(lit("[")) :: many(rule("ident")) :: tok(lit("]")) :: nil));
	define("kv", seq(rule("ident") :: tok(lit("=")) :: rule("number") :: ref P.Opt(tok(lit(";"))) :: nil));

	attempt("number", "12345");
	attempt("number", "42 rest");
	attempt("number", "x1");
	attempt("expr", "1 + 2 * 3");
	attempt("expr", "(1 + 2) * 3");
	attempt("expr", "100 / 7 - 2");
	attempt("expr", "2 * (3 + 4) * -5");
	attempt("expr", "10 - 2 - 3");
	attempt("expr", "8 / (4 - 4)");
	attempt("expr", "((7))");
	attempt("expr", "3 + ");
	attempt("list", "[ab cd  efg ]");
	attempt("list", "[]");
	attempt("list", "[ab");
	attempt("kv", "width = 80;");
	attempt("kv", "h=3");
	attempt("nosuch", "abc");
}
