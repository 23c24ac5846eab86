implement Forth;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Forth: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

Def: adt {
	name: string;
	body: array of string;
};

stack := array[128] of int;
sp := 0;
dict: list of ref Def;
out := "";
depth := 0;

push(v: int)
{
	if(sp >= len stack)
		raise "forth:stack overflow";
	stack[sp++] = v;
}

pop(): int
{
	if(sp <= 0)
		raise "forth:stack underflow";
	return stack[--sp];
}

lookup(name: string): ref Def
{
	for(l := dict; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	return nil;
}

# find matching else/then (or until) starting after position i
scan(code: array of string, i: int, stops: list of string): int
{
	nest := 0;
	for(; i < len code; i++){
		w := code[i];
		if(w == "if" || w == "begin")
			nest++;
		else if(nest > 0 && (w == "then" || w == "until"))
			nest--;
		else if(nest == 0)
			for(s := stops; s != nil; s = tl s)
				if(w == hd s)
					return i;
	}
	raise "forth:unbalanced control structure";
}

execute(code: array of string)
{
	if(++depth > 50)
		raise "forth:recursion too deep";
	i := 0;
	while(i < len code){
		w := code[i++];
		case w {
		"+" =>	b := pop(); push(pop() + b);
		"-" =>	b := pop(); push(pop() - b);
		"*" =>	b := pop(); push(pop() * b);
		"/" =>
			b := pop();
			if(b == 0)
				raise "forth:division by zero";
			push(pop() / b);
		"mod" =>	b := pop(); push(pop() % b);
		"=" =>	b := pop(); push(pop() == b);
		"<" =>	b := pop(); push(pop() < b);
		">" =>	b := pop(); push(pop() > b);
		"dup" =>	a := pop(); push(a); push(a);
		"drop" =>	pop();
		"swap" =>	b := pop(); a := pop(); push(b); push(a);
		"over" =>	b := pop(); a := pop(); push(a); push(b); push(a);
		"rot" =>	c := pop(); b := pop(); a := pop(); push(b); push(c); push(a);
		"." =>	out += sys->sprint("%d ", pop());
		"emit" =>	out[len out] = pop();
		"cr" =>	out += "\n";
		".s" =>
			out += sys->sprint("<%d>", sp);
			for(k := 0; k < sp; k++)
				out += sys->sprint(" %d", stack[k]);
			out += " ";
		"if" =>
			e := scan(code, i, "else" :: "then" :: nil);
			if(pop() == 0){
				i = e + 1;
			} else if(code[e] == "else"){
				# run the true part, then skip to then
				t := scan(code, e+1, "then" :: nil);
				execute(code[i:e]);
				i = t + 1;
			}
		"else" =>
			i = scan(code, i, "then" :: nil) + 1;
		"then" =>
			;
		"begin" =>
			u := scan(code, i, "until" :: nil);
			body := code[i:u];
			do
				execute(body);
			while(pop() == 0);
			i = u + 1;
		* =>
			d := lookup(w);
			if(d != nil){
				execute(d.body);
				continue;
			}
			(n, rest) := str->toint(w, 10);
			if(rest != nil || w == nil)
				raise "forth:unknown word " + w;
			push(n);
		}
	}
	depth--;
}

interpret(line: string)
{
	toks := str->unquoted(line);
	a := array[len toks] of string;
	for(i := 0; toks != nil; toks = tl toks)
		a[i++] = hd toks;
	out = "";
	depth = 0;
	{
		i = 0;
		start := 0;
		while(i < len a){
			if(a[i] == ":"){
				if(i > start)
					execute(a[start:i]);
				j := i + 2;
				while(j < len a && a[j] != ";")
					j++;
				if(j >= len a || i + 1 >= len a)
					raise "forth:unterminated definition";
				dict = ref Def(a[i+1], a[i+2:j]) :: dict;
				out += "defined " + a[i+1] + " ";
				i = j + 1;
				start = i;
			} else
				i++;
		}
		if(start < len a)
			execute(a[start:]);
		sys->print("> %s\n  %s ok\n", line, out);
	} exception e {
	"forth:*" =>
		sys->print("> %s\n  %serror: %s (stack reset)\n", line, out, e[6:]);
		sp = 0;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	prog := array[] of {
		"2 3 + 4 * .",
		": square dup * ; : cube dup square * ;",
		"7 square . 3 cube .",
		": abs dup 0 < if 0 swap - then ;",
		"-42 abs . 17 abs .",
		": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ;",
		"-5 sign . 0 sign . 9 sign .",
		": countdown begin dup . 1 - dup 0 = until drop ;",
		"5 countdown",
		": fact dup 1 > if dup 1 - fact * then ;",
		"10 fact . 1 fact .",
		": stars begin 42 emit 1 - dup 0 = until drop ;",
		"6 stars cr 72 emit 105 emit",
		"1 2 3 rot .s over .s",
		"1 0 /",
		"drop",
		"frob",
		": loop loop ;",
		"loop",
		": broken 1 2",
		"10 3 mod . 100 7 / .",
	};
	for(i := 0; i < len prog; i++)
		interpret(prog[i]);
	sys->print("dictionary:");
	for(l := dict; l != nil; l = tl l)
		sys->print(" %s(%d)", (hd l).name, len (hd l).body);
	sys->print("\n");
}
