#args: 3 4 add 2 mul 7 sub 5 mod 9 swap sub dup mul neg
implement FnArray;

include "sys.m";
	sys: Sys;
include "draw.m";

FnArray: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Binop: adt {
	name: string;
	f: ref fn(a, b: int): int;
	calls: int;
};

Stack: adt {
	v: array of int;
	n: int;
	push: fn(s: self ref Stack, x: int);
	pop: fn(s: self ref Stack): int;
	show: fn(s: self ref Stack): string;
};

Stack.push(s: self ref Stack, x: int)
{
	if(s.n == len s.v){
		nv := array[2 * len s.v] of int;
		nv[0:] = s.v;
		s.v = nv;
	}
	s.v[s.n++] = x;
}

Stack.pop(s: self ref Stack): int
{
	if(s.n == 0)
		raise "stack underflow";
	return s.v[--s.n];
}

Stack.show(s: self ref Stack): string
{
	r := "[";
	for(i := 0; i < s.n; i++){
		if(i > 0)
			r += " ";
		r += string s.v[i];
	}
	return r + "]";
}

add(a, b: int): int { return a + b; }
sub(a, b: int): int { return a - b; }
mul(a, b: int): int { return a * b; }
mod(a, b: int): int { if(b == 0) return 0; return a % b; }
pow(a, b: int): int { r := 1; while(b-- > 0) r *= a; return r; }

Unop: adt {
	name: string;
	f: ref fn(s: ref Stack);
};

dup(s: ref Stack) { x := s.pop(); s.push(x); s.push(x); }
swap(s: ref Stack) { b := s.pop(); a := s.pop(); s.push(b); s.push(a); }
neg(s: ref Stack) { s.push(-s.pop()); }
drop(s: ref Stack) { s.pop(); }

binops: array of ref Binop;
unops: array of Unop;

isnum(s: string): int
{
	if(s == "")
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

step(s: ref Stack, tok: string): int
{
	if(isnum(tok)){
		s.push(int tok);
		return 1;
	}
	for(i := 0; i < len binops; i++)
		if(binops[i].name == tok){
			b := s.pop();
			a := s.pop();
			s.push(binops[i].f(a, b));
			binops[i].calls++;
			return 1;
		}
	for(i = 0; i < len unops; i++)
		if(unops[i].name == tok){
			unops[i].f(s);
			return 1;
		}
	return 0;
}

run(toks: list of string)
{
	s := ref Stack(array[2] of int, 0);
	for(; toks != nil; toks = tl toks){
		if(!step(s, hd toks))
			sys->print("  unknown %s\n", hd toks);
		sys->print("  %-4s %s\n", hd toks, s.show());
	}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	binops = array[] of {
		ref Binop("add", add, 0), ref Binop("sub", sub, 0),
		ref Binop("mul", mul, 0), ref Binop("mod", mod, 0),
		ref Binop("pow", pow, 0),
	};
	unops = array[] of {Unop("dup", dup), Unop("swap", swap), Unop("neg", neg), Unop("drop", drop)};
	sys->print("program from args:\n");
	run(tl args);
	sys->print("second program:\n");
	run("2" :: "10" :: "pow" :: "24" :: "frob" :: "mod" :: "drop" :: "5" :: nil);
	for(i := 0; i < len binops; i++)
		sys->print("%s called %d times\n", binops[i].name, binops[i].calls);
	# swap function references inside the table
	tmp := binops[0].f;
	binops[0].f = binops[2].f;
	binops[2].f = tmp;
	sys->print("after swapping add/mul:\n");
	run("6" :: "7" :: "add" :: "3" :: "mul" :: nil);
	sys->print("underflow test:\n");
	{
		run("1" :: "add" :: nil);
	} exception e {
	"stack*" =>
		sys->print("caught: %s\n", e);
	}
}
