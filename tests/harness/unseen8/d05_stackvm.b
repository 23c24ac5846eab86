implement StackVM;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StackVM: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

# opcodes
PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, LT, EQ, JMP, JZ, PRINT, HALT, DUP, POP: con iota;

opnames := array[] of {
	"push", "load", "store", "add", "sub", "mul", "div", "mod",
	"lt", "eq", "jmp", "jz", "print", "halt", "dup", "pop"
};

Instr: adt {
	op: int;
	arg: int;
};

Label: adt {
	name: string;
	addr: int;
};

lookupop(s: string): int
{
	for(i := 0; i < len opnames; i++)
		if(opnames[i] == s)
			return i;
	return -1;
}

findlabel(labels: list of Label, s: string): int
{
	for(; labels != nil; labels = tl labels)
		if((hd labels).name == s)
			return (hd labels).addr;
	return -1;
}

assemble(src: array of string): (array of Instr, string)
{
	labels: list of Label;
	n := 0;
	# pass 1: labels
	for(i := 0; i < len src; i++){
		(w, nil) := str->splitl(str->drop(src[i], " \t"), " \t");
		if(w == nil)
			continue;
		if(w[len w - 1] == ':')
			labels = Label(w[0:len w - 1], n) :: labels;
		else
			n++;
	}
	code := array[n] of Instr;
	pc := 0;
	for(i = 0; i < len src; i++){
		toks := str->unquoted(src[i]);
		if(toks == nil)
			continue;
		w := hd toks;
		if(w[len w - 1] == ':')
			continue;
		op := lookupop(w);
		if(op < 0)
			return (nil, sys->sprint("line %d: bad op %q", i+1, w));
		a := 0;
		if(tl toks != nil){
			t := hd tl toks;
			if(t[0] >= 'a' && t[0] <= 'z' && op != LOAD && op != STORE){
				a = findlabel(labels, t);
				if(a < 0)
					return (nil, sys->sprint("line %d: undefined label %s", i+1, t));
			} else if(op == LOAD || op == STORE)
				a = t[0] - 'a';
			else
				(a, nil) = str->toint(t, 10);
		}
		code[pc++] = Instr(op, a);
	}
	return (code, nil);
}

run(code: array of Instr, limit: int): (list of int, int)
{
	stack := array[64] of int;
	sp := 0;
	vars := array[26] of {* => 0};
	out: list of int;
	pc := 0;
	steps := 0;
	while(pc < len code && steps < limit){
		steps++;
		ins := code[pc++];
		case ins.op {
		PUSH =>	stack[sp++] = ins.arg;
		LOAD =>	stack[sp++] = vars[ins.arg];
		STORE =>	vars[ins.arg] = stack[--sp];
		DUP =>	stack[sp] = stack[sp-1]; sp++;
		POP =>	sp--;
		ADD or SUB or MUL or DIV or MOD or LT or EQ =>
			b := stack[--sp];
			a := stack[--sp];
			r := 0;
			case ins.op {
			ADD => r = a + b;
			SUB => r = a - b;
			MUL => r = a * b;
			DIV => r = a / b;
			MOD => r = a % b;
			LT => if(a < b) r = 1;
			EQ => if(a == b) r = 1;
			}
			stack[sp++] = r;
		JMP =>	pc = ins.arg;
		JZ =>
			if(stack[--sp] == 0)
				pc = ins.arg;
		PRINT =>	out = stack[--sp] :: out;
		HALT =>	pc = len code;
		}
	}
	rl: list of int;
	for(; out != nil; out = tl out)
		rl = hd out :: rl;
	return (rl, steps);
}

fact := array[] of {
	"	push 1",
	"	store f",
	"	push 1",
	"	store i",
	"loop:",
	"	load i",
	"	push 11",
	"	lt",
	"	jz done",
	"	load f",
	"	load i",
	"	mul",
	"	dup",
	"	print",
	"	store f",
	"	load i",
	"	push 1",
	"	add",
	"	store i",
	"	jmp loop",
	"done:",
	"	halt",
};

gcd := array[] of {
	"	push 1071",
	"	store a",
	"	push 462",
	"	store b",
	"top:",
	"	load b",
	"	push 0",
	"	eq",
	"	jz step",
	"	load a",
	"	print",
	"	halt",
	"step:",
	"	load a",
	"	load b",
	"	mod",
	"	load b",
	"	store a",
	"	store b",
	"	jmp top",
};

bad := array[] of {
	"	push 1",
	"	jmp nowhere",
};

spin := array[] of {
	"again:",
	"	push 7",
	"	pop",
	"	jmp again",
};

show(name: string, src: array of string)
{
	(code, err) := assemble(src);
	if(err != nil){
		sys->print("%s: assemble error: %s\n", name, err);
		return;
	}
	(out, steps) := run(code, 500);
	s := "";
	for(; out != nil; out = tl out)
		s += sys->sprint(" %d", hd out);
	sys->print("%s: %d instrs, %d steps, output:%s\n", name, len code, steps, s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	show("fact", fact);
	show("gcd", gcd);
	show("bad", bad);
	show("spin", spin);
}
