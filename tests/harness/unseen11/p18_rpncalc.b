#args: 3 4 + 2 x , 1 2 3 4 5 + + + + 5 / , 2 0.5 pow dup x , 10 3 mod 10 -3 mod swap , 1 0 / , 7 + , 5 1 2 + 4 x + 3 - , 2 32 pow int , 9 sqrt neg abs , 1e3 , rot
implement RpnCalc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

RpnCalc: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stack := array[16] of real;
sp := 0;

push(v: real)
{
	if(sp >= len stack)
		raise "rpn: stack overflow";
	stack[sp++] = v;
}

pop(): real
{
	if(sp <= 0)
		raise "rpn: stack underflow";
	return stack[--sp];
}

isnum(s: string): int
{
	if(s == "")
		return 0;
	i := 0;
	if(s[0] == '-' && len s > 1)
		i = 1;
	for(; i < len s; i++)
		if(!(s[i] >= '0' && s[i] <= '9' || s[i] == '.'))
			return 0;
	return 1;
}

apply(op: string)
{
	case op {
	"+" =>	push(pop() + pop());
	"x" =>	push(pop() * pop());
	"-" =>
		b := pop();
		push(pop() - b);
	"/" =>
		b := pop();
		if(b == 0.0)
			raise "rpn: division by zero";
		push(pop() / b);
	"mod" =>
		b := int pop();
		a := int pop();
		if(b == 0)
			raise "rpn: division by zero";
		push(real (a % b));
	"pow" =>
		b := pop();
		push(math->pow(pop(), b));
	"sqrt" =>	push(math->sqrt(pop()));
	"neg" =>	push(-pop());
	"abs" =>	push(math->fabs(pop()));
	"int" =>	push(real big pop());
	"dup" =>
		a := pop();
		push(a);
		push(a);
	"swap" =>
		b := pop();
		a := pop();
		push(b);
		push(a);
	* =>
		raise "rpn: unknown operator " + op;
	}
}

run(toks: list of string)
{
	sp = 0;
	expr := "";
	{
		for(; toks != nil; toks = tl toks){
			t := hd toks;
			expr += " " + t;
			if(isnum(t))
				push(real t);
			else
				apply(t);
		}
		sys->print("%-28s =>", expr);
		for(i := 0; i < sp; i++)
			sys->print(" %g", stack[i]);
		sys->print("\n");
	} exception e {
	"rpn:*" =>
		sys->print("%-28s => error\n", expr);
		sys->fprint(sys->fildes(2), "%s\n", e);
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	cur: list of string;
	n := 0;
	for(argv = tl argv; ; argv = tl argv){
		if(argv == nil || hd argv == ","){
			# reverse the collected tokens
			r: list of string;
			for(; cur != nil; cur = tl cur)
				r = hd cur :: r;
			if(r != nil){
				run(r);
				n++;
			}
			if(argv == nil)
				break;
		}else
			cur = hd argv :: cur;
	}
	sys->print("%d expressions\n", n);
}
