#args: 3 4 + 2 x dup x 7 / 2 swap - 10 3 % 1 2 3 4 sum 2 sqrt pi x 0 / 5 neg abs 100 f2c drop drop -3 sqrt clear 1 + frob 2.5 -1.5 x
implement Rpncalc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Rpncalc: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

stack: list of real;
depth := 0;

push(r: real)
{
	stack = r :: stack;
	depth++;
}

pop(): real
{
	if(stack == nil)
		raise "stack underflow";
	r := hd stack;
	stack = tl stack;
	depth--;
	return r;
}

show(): string
{
	s := "";
	for(l := stack; l != nil; l = tl l)
		s = sys->sprint("%.8g", hd l) + " " + s;
	return "[ " + s + "]";
}

isnum(s: string): int
{
	digits := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= '0' && c <= '9')
			digits++;
		else if(c == '.' || (i == 0 && c == '-' && len s > 1))
			;
		else
			return 0;
	}
	return digits > 0;
}

apply(tok: string)
{
	if(isnum(tok)){
		push(real tok);
		return;
	}
	case tok {
	"+" or "-" or "x" or "/" or "%" =>
		if(depth < 2)
			raise "stack underflow";
		b := pop();
		a := pop();
		case tok {
		"+" =>	push(a+b);
		"-" =>	push(a-b);
		"x" =>	push(a*b);
		"/" =>
			if(b == 0.0){
				push(a);
				push(b);
				raise "division by zero";
			}
			push(a/b);
		"%" =>
			if(b == 0.0){
				push(a);
				push(b);
				raise "division by zero";
			}
			push(math->fmod(a, b));
		}
	"dup" =>
		a := pop();
		push(a);
		push(a);
	"swap" =>
		if(depth < 2)
			raise "stack underflow";
		b := pop();
		a := pop();
		push(b);
		push(a);
	"drop" =>
		pop();
	"clear" =>
		stack = nil;
		depth = 0;
	"neg" =>
		push(-pop());
	"abs" =>
		push(math->fabs(pop()));
	"sqrt" =>
		a := pop();
		if(a < 0.0){
			push(a);
			raise "sqrt of negative";
		}
		push(math->sqrt(a));
	"pi" =>
		push(math->Pi);
	"sum" =>
		t := 0.0;
		while(stack != nil)
			t += pop();
		push(t);
	"f2c" =>
		push((pop() - 32.0) * 5.0 / 9.0);
	* =>
		raise "unknown word '" + tok + "'";
	}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	errs := 0;
	for(args = tl args; args != nil; args = tl args){
		tok := hd args;
		{
			apply(tok);
			sys->print("%-6s %s\n", tok, show());
		} exception e {
		"stack underflow" or "division by zero" or "sqrt of negative" or "unknown word*" =>
			errs++;
			sys->print("%-6s error: %s; stack %s\n", tok, e, show());
		}
	}
	sys->print("depth %d, %d error(s)\n", depth, errs);
	if(stack != nil)
		sys->print("result %.10g\n", hd stack);
}
