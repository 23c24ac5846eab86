#args: : sq dup mul ; : cube dup sq mul ; 3 sq . 4 cube . 0 10 0 do i sq + loop . 1 2 swap - . 7 0 / . 5 frob . 2 3 over . . . 5 6 .s 4 0 do i loop .s
implement Forth;

include "sys.m";
	sys: Sys;
include "draw.m";

Forth: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Word: adt {
	pick {
	Num =>	n:	int;
	Prim =>	name:	string; f:	ref fn();
	Call =>	name:	string;
	Loop =>	body:	list of ref Word;
	}
};

stack := array[32] of int;
sp := 0;
loopidx: list of int;
dict: list of (string, list of ref Word);
out := "";

push(n: int)
{
	if(sp >= len stack)
		raise "forth: stack overflow";
	stack[sp++] = n;
}

pop(): int
{
	if(sp == 0)
		raise "forth: stack empty";
	return stack[--sp];
}

add() { push(pop() + pop()); }
mul() { push(pop() * pop()); }
sub() { b := pop(); push(pop() - b); }
div() { b := pop(); a := pop(); if(b == 0) raise "forth: division by zero"; push(a / b); }
dup() { a := pop(); push(a); push(a); }
swap() { b := pop(); a := pop(); push(b); push(a); }
over() { b := pop(); a := pop(); push(a); push(b); push(a); }
dot() { out += string pop() + " "; }
idx() { if(loopidx == nil) raise "forth: i outside loop"; push(hd loopidx); }
dots()
{
	out += "<" + string sp + ">";
	for(i := 0; i < sp; i++)
		out += " " + string stack[i];
	out += " ";
}

prims: list of (string, ref fn());

# compile words up to a terminator; returns (code, remaining input)
compile(toks: list of string, stop: string): (list of ref Word, list of string)
{
	code: list of ref Word;
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		if(t == stop)
			break;
		w: ref Word;
		if(t == "do"){
			(body, rest) := compile(tl toks, "loop");
			if(rest == nil)
				raise "forth: do without loop";
			toks = rest;
			w = ref Word.Loop(body);
		}else if(t[0] >= '0' && t[0] <= '9')
			w = ref Word.Num(int t);
		else{
			w = ref Word.Call(t);
			for(p := prims; p != nil; p = tl p)
				if((hd p).t0 == t)
					w = ref Word.Prim(t, (hd p).t1);
		}
		code = w :: code;
	}
	r: list of ref Word;
	for(; code != nil; code = tl code)
		r = hd code :: r;
	return (r, toks);
}

exec(code: list of ref Word)
{
	for(; code != nil; code = tl code){
		pick w := hd code {
		Num =>	push(w.n);
		Prim =>	w.f();
		Call =>
			for(d := dict; d != nil; d = tl d)
				if((hd d).t0 == w.name)
					break;
			if(d == nil)
				raise "forth: unknown word " + w.name;
			exec((hd d).t1);
		Loop =>
			start := pop();
			limit := pop();
			for(i := start; i < limit; i++){
				loopidx = i :: loopidx;
				exec(w.body);
				loopidx = tl loopidx;
			}
		}
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	prims = list of {("+", add), ("mul", mul), ("-", sub), ("/", div), ("dup", dup),
		("swap", swap), ("over", over), (".", dot), ("i", idx), (".s", dots)};
	toks := tl argv;
	while(toks != nil){
		if(hd toks == ":"){
			name := hd tl toks;
			(body, rest) := compile(tl tl toks, ";");
			dict = (name, body) :: dict;
			sys->print("defined %s (%d words)\n", name, len body);
			toks = tl rest;
			continue;
		}
		# run one phrase: everything up to the next '.'-style output word
		phrase: list of string;
		while(toks != nil && hd toks != ":"){
			phrase = hd toks :: phrase;
			toks = tl toks;
			if(hd phrase == "." || hd phrase == ".s")
				break;
		}
		rp: list of string;
		for(; phrase != nil; phrase = tl phrase)
			rp = hd phrase :: rp;
		{
			(code, nil) := compile(rp, nil);
			exec(code);
			sys->print("%sok\n", out);
		} exception e {
		"forth:*" =>
			sys->print("%serror: %s (stack reset)\n", out, e[7:]);
			sp = 0;
			loopidx = nil;
		}
		out = "";
	}
	sys->print("final depth %d\n", sp);
}
