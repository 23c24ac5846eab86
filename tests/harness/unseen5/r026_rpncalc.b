implement Rpncalc;

include "sys.m";
	sys: Sys;
include "draw.m";

Rpncalc: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

STACKMAX: con 8;
VERSION: con "rpn 1.2";
E: con 2.718281828459045;
PI: con 3.141592653589793;

Op: adt {
	name:	string;
	arity:	int;
	f:	ref fn(a, b: real): real;
};

stack := array[STACKMAX] of real;
sp := 0;
ops: array of Op;
opcount := 0;
trace: ref fn(s: string);

push(x: real)
{
	if(sp >= STACKMAX)
		raise "rpn: stack overflow";
	stack[sp++] = x;
}

pop(): real
{
	if(sp <= 0)
		raise "rpn: stack underflow";
	return stack[--sp];
}

fadd(a, b: real): real { return a+b; }
fsub(a, b: real): real { return a-b; }
fmul(a, b: real): real { return a*b; }
fdiv(a, b: real): real
{
	if(b == 0.0)
		raise "rpn: divide by zero";
	return a/b;
}
fneg(a, nil: real): real { return -a; }
fpow(a, b: real): real
{
	r := 1.0;
	n := int b;
	if(n < 0)
		raise "rpn: negative power";
	for(i := 0; i < n; i++)
		r *= a;
	return r;
}

quiet(nil: string) {}
loud(s: string) { sys->print("    %s\n", s); }

isnumber(s: string): int
{
	digits := 0;
	for(i := 0; i < len s; i++)
		if(s[i] >= '0' && s[i] <= '9')
			digits++;
		else if(s[i] != '.' && !(i == 0 && s[i] == '-' && len s > 1))
			return 0;
	return digits > 0;
}

eval(expr: string): real
{
	sp = 0;
	(nil, toks) := sys->tokenize(expr, " ");
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		if(isnumber(t)){
			push(real t);
			continue;
		}
		case t {
		"pi" =>	push(PI);
		"e" =>	push(E);
		"dup" =>
			x := pop();
			push(x);
			push(x);
		"swap" =>
			x := pop();
			y := pop();
			push(x);
			push(y);
		* =>
			found := 0;
			for(i := 0; i < len ops; i++)
				if(ops[i].name == t){
					b := 0.0;
					if(ops[i].arity == 2)
						b = pop();
					a := pop();
					r := ops[i].f(a, b);
					opcount++;
					trace(sys->sprint("%s(%g, %g) = %g", t, a, b, r));
					push(r);
					found = 1;
					break;
				}
			if(!found)
				raise "rpn: unknown word " + t;
		}
	}
	if(sp != 1)
		raise sys->sprint("rpn: %d values left", sp);
	return pop();
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ops = array[] of {
		Op("+", 2, fadd), Op("-", 2, fsub), Op("*", 2, fmul),
		Op("/", 2, fdiv), Op("neg", 1, fneg), Op("^", 2, fpow),
	};
	trace = quiet;
	sys->print("%s, %d ops, stack %d\n", VERSION, len ops, STACKMAX);
	exprs := array[] of {
		"1 2 +",
		"3 4 * 5 -",
		"2 10 ^",
		"pi 2 * 1 +",
		"1 0 /",
		"5 neg dup *",
		"1 +",
		"1 2 3",
		"2 sqrt",
		"1 2 3 4 5 6 7 8 9",
		"7 2 swap -",
		"-3.5 2 *",
	};
	for(i := 0; i < len exprs; i++){
		if(i == 2)
			trace = loud;
		if(i == 4)
			trace = quiet;
		{
			v := eval(exprs[i]);
			sys->print("%-22s = %g\n", exprs[i], v);
		}exception err{
		"rpn:*" =>
			sys->print("%-22s ! %s\n", exprs[i], err[5:]);
		}
	}
	sys->print("%d operator applications\n", opcount);
}
