#args: 1 2 + p 17 5 / p 17 5 % p 2 62 ^ p d + p 3 4 x 5 - p f
implement Dc;

include "sys.m";
	sys: Sys;
include "draw.m";

Dc: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Value: adt {
	pick {
	Num =>
		n:	big;
	Str =>
		s:	string;
	}
};

stack: list of ref Value;
depth := 0;
regs := array[26] of ref Value;

push(v: ref Value)
{
	stack = v :: stack;
	depth++;
}

pop(): ref Value
{
	if(stack == nil)
		raise "dc: stack empty";
	v := hd stack;
	stack = tl stack;
	depth--;
	return v;
}

popnum(): big
{
	v := pop();
	pick n := v {
	Num =>
		return n.n;
	Str =>
		raise "dc: non-numeric value " + n.s;
	}
	return big 0;
}

text(v: ref Value): string
{
	pick x := v {
	Num =>	return string x.n;
	Str =>	return x.s;
	}
	return "?";
}

binop(op: string)
{
	b := popnum();
	a := popnum();
	r: big;
	case op {
	"+" =>	r = a + b;
	"-" =>	r = a - b;
	"x" =>	r = a * b;
	"/" or "%" =>
		if(b == big 0){
			sys->fprint(sys->fildes(2), "dc: divide by zero\n");
			push(ref Value.Num(a));
			push(ref Value.Num(b));
			return;
		}
		if(op == "/")
			r = a / b;
		else
			r = a % b;
	"^" =>
		r = big 1;
		for(; b > big 0; b--)
			r *= a;
	}
	push(ref Value.Num(r));
}

exec(tok: string)
{
	case tok {
	"+" or "-" or "x" or "/" or "%" or "^" =>
		binop(tok);
	"p" =>
		v := pop();
		push(v);
		sys->print("%s\n", text(v));
	"f" =>
		sys->print("stack (%d):", depth);
		for(l := stack; l != nil; l = tl l)
			sys->print(" %s", text(hd l));
		sys->print("\n");
	"d" =>
		v := pop();
		push(v);
		push(v);
	"r" =>
		a := pop();
		b := pop();
		push(a);
		push(b);
	"c" =>
		stack = nil;
		depth = 0;
	* =>
		if(tok[0] == '[' && tok[len tok-1] == ']')
			push(ref Value.Str(tok[1:len tok-1]));
		else if(len tok == 2 && (tok[0] == 's' || tok[0] == 'l') && tok[1] >= 'a' && tok[1] <= 'z'){
			r := tok[1] - 'a';
			if(tok[0] == 's')
				regs[r] = pop();
			else if(regs[r] == nil)
				raise "dc: register " + tok[1:] + " is empty";
			else
				push(regs[r]);
		}else if(tok[0] == '_' || (tok[0] >= '0' && tok[0] <= '9')){
			if(tok[0] == '_')
				tok = "-" + tok[1:];
			push(ref Value.Num(big tok));
		}else
			sys->fprint(sys->fildes(2), "dc: %q unimplemented\n", tok);
	}
}

run(prog: list of string)
{
	for(; prog != nil; prog = tl prog)
		exec(hd prog);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	run(tl argv);
	sys->print("--\n");
	(nil, prog) := sys->tokenize("c 10 sa 1 sb la lb x sb la 1 - sa lb p la p 5 0 / f c _7 3 / p ? lz", " ");
	{
		run(prog);
	} exception e {
	"dc:*" =>
		sys->print("error: %s (depth %d)\n", e, depth);
	}
	# factorial by hand-unrolled loop, then one pop too many
	(nil, prog) = sys->tokenize("c 1 2 x 3 x 4 x 5 x 6 x 7 x 8 x 9 x 10 x 11 x 12 x 13 x 14 x 15 x 16 x 17 x 18 x 19 x 20 x p", " ");
	run(prog);
	(nil, prog) = sys->tokenize("[a] [b] r f + p", " ");
	run(prog);
}
