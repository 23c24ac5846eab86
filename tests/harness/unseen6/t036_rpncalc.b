#args: -t -x -p 3 12 30 add 2 mul 7 sub 3 div 2.5 fmul sqrt 1 0 div
implement RpnCalc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;
include "math.m";
	math: Math;

RpnCalc: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Val: adt {
	pick {
	I =>
		v: int;
	R =>
		v: real;
	}
	text:	fn(v: self ref Val): string;
	toreal:	fn(v: self ref Val): real;
};

hex := 0;
prec := 2;
trace := 0;

Val.text(v: self ref Val): string
{
	pick x := v {
	I =>
		if(hex)
			return sys->sprint("%d (0x%x)", x.v, x.v);
		return string x.v;
	R =>
		return sys->sprint("%.*f", prec, x.v);
	}
	return "";
}

Val.toreal(v: self ref Val): real
{
	pick x := v {
	I => return real x.v;
	R => return x.v;
	}
	return 0.0;
}

stack: list of ref Val;

pop(): ref Val
{
	if(stack == nil)
		raise "calc: stack underflow";
	v := hd stack;
	stack = tl stack;
	return v;
}

popint(): int
{
	pick x := pop() {
	I => return x.v;
	}
	raise "calc: integer expected";
}

binop(op: string, f: ref fn(a, b: int): int)
{
	b := popint();
	a := popint();
	stack = ref Val.I(f(a, b)) :: stack;
	if(trace)
		sys->print("  %d %s %d\n", a, op, b);
}

add(a, b: int): int { return a + b; }
sub(a, b: int): int { return a - b; }
mul(a, b: int): int { return a * b; }
div(a, b: int): int
{
	if(b == 0)
		raise "calc: division by zero";
	return a / b;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	math = load Math Math->PATH;
	arg->init(argv);
	arg->setusage("rpncalc [-tx] [-p prec] token...");
	while((c := arg->opt()) != 0)
		case c {
		'x' => hex = 1;
		't' => trace = 1;
		'p' => prec = int arg->earg();
		* => arg->usage();
		}
	toks := arg->argv();
	sys->print("%d tokens, hex=%d prec=%d trace=%d\n", len toks, hex, prec, trace);
	{
		for(; toks != nil; toks = tl toks){
			t := hd toks;
			case t {
			"add" => binop("+", add);
			"sub" => binop("-", sub);
			"mul" => binop("*", mul);
			"div" => binop("/", div);
			"fmul" =>
				b := pop().toreal();
				a := pop().toreal();
				stack = ref Val.R(a * b) :: stack;
			"sqrt" =>
				a := pop().toreal();
				stack = ref Val.R(math->sqrt(a)) :: stack;
			* =>
				if(sys->tokenize(t, ".").t0 > 1)
					stack = ref Val.R(real t) :: stack;
				else
					stack = ref Val.I(int t) :: stack;
			}
			sys->print("%-5s -> %s\n", t, (hd stack).text());
		}
	} exception e {
	"calc:*" =>
		sys->print("error: %s\n", e[6:]);
	}
	sys->print("final stack depth %d\n", len stack);
	for(; stack != nil; stack = tl stack)
		sys->print("  %s\n", (hd stack).text());
}
