#args: 3 4 + 2 x , 5 1 2 + 4 x + 3 - , 2 3 ^ 1 - dup x , 10 3 / 10 3 % , 1 +
implement RPN;

include "sys.m";
	sys: Sys;
include "draw.m";

RPN: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Stack: adt {
	items:	list of int;
	depth:	int;

	push:	fn(s: self ref Stack, v: int);
	pop:	fn(s: self ref Stack): int;
	show:	fn(s: self ref Stack): string;
};

Stack.push(s: self ref Stack, v: int)
{
	s.items = v :: s.items;
	s.depth++;
}

Stack.pop(s: self ref Stack): int
{
	if(s.items == nil)
		raise "fail:rpn: stack empty";
	v := hd s.items;
	s.items = tl s.items;
	s.depth--;
	return v;
}

Stack.show(s: self ref Stack): string
{
	r := "";
	for(l := s.items; l != nil; l = tl l)
		r = sys->sprint("%d ", hd l) + r;
	return "[ " + r + "]";
}

isnum(w: string): int
{
	if(w == "")
		return 0;
	for(i := 0; i < len w; i++)
		if(w[i] < '0' || w[i] > '9')
			return 0;
	return 1;
}

ipow(b, e: int): int
{
	r := 1;
	while(e > 0){
		if(e & 1)
			r *= b;
		b *= b;
		e >>= 1;
	}
	return r;
}

exec(st: ref Stack, w: string)
{
	if(isnum(w)){
		st.push(int w);
		return;
	}
	case w {
	"dup" =>
		v := st.pop();
		st.push(v);
		st.push(v);
	"+" or "-" or "x" or "/" or "%" or "^" =>
		b := st.pop();
		a := st.pop();
		r: int;
		case w[0] {
		'+' =>	r = a + b;
		'-' =>	r = a - b;
		'x' =>	r = a * b;
		'/' =>	r = a / b;
		'%' =>	r = a % b;
		'^' =>	r = ipow(a, b);
		}
		st.push(r);
	* =>
		raise "fail:rpn: unknown word " + w;
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	st := ref Stack(nil, 0);
	line := 1;
	for(argv = tl argv; argv != nil; argv = tl argv){
		w := hd argv;
		if(w == ","){
			sys->print("line %d => %s\n", line++, st.show());
			st = ref Stack(nil, 0);
			continue;
		}
		exec(st, w);
		sys->print("  %-4s %s\n", w, st.show());
	}
	sys->print("line %d => %s (depth %d)\n", line, st.show(), st.depth);
}
