implement Assembler;

include "sys.m";
	sys: Sys;
include "draw.m";

Assembler: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# opcodes
OPUSH, OADD, OSUB, OMUL, OJMP, OJZ, OLOAD, OSTORE, OPRINT, OHALT, ODUP, OLT: con iota;

opnames := array[] of {
	"push", "add", "sub", "mul", "jmp", "jz", "load", "store", "print", "halt", "dup", "lt"
};

Instr: adt {
	op:	int;
	arg:	int;
	sym:	string;	# unresolved label
	line:	int;
	text:	fn(i: self ref Instr): string;
};

Label: adt {
	name:	string;
	addr:	int;
};

Machine: adt {
	code:	array of ref Instr;
	stack:	array of int;
	sp:	int;
	mem:	array of int;
	steps:	int;
	new:	fn(code: array of ref Instr): ref Machine;
	push:	fn(m: self ref Machine, v: int);
	pop:	fn(m: self ref Machine): int;
	run:	fn(m: self ref Machine): int;
};

source := array[] of {
	"; sum of squares 1..n and factorial",
	"	push 6",
	"	store 0		; n",
	"	push 0",
	"	store 1		; acc",
	"loop:	load 0",
	"	jz done",
	"	load 0",
	"	dup",
	"	mul",
	"	load 1",
	"	add",
	"	store 1",
	"	load 0",
	"	push 1",
	"	sub",
	"	store 0",
	"	jmp loop",
	"done:	load 1",
	"	print",
	"	push 3",
	"	push 7",
	"	lt",
	"	print",
	"	halt",
};

Instr.text(i: self ref Instr): string
{
	s := opnames[i.op];
	case i.op {
	OPUSH or OJMP or OJZ or OLOAD or OSTORE =>
		s += sys->sprint(" %d", i.arg);
	}
	return s;
}

Machine.new(code: array of ref Instr): ref Machine
{
	return ref Machine(code, array[32] of {* => 0}, 0, array[8] of {* => 0}, 0);
}

Machine.push(m: self ref Machine, v: int)
{
	m.stack[m.sp++] = v;
}

Machine.pop(m: self ref Machine): int
{
	if(m.sp <= 0)
		raise "fail:stack underflow";
	return m.stack[--m.sp];
}

Machine.run(m: self ref Machine): int
{
	pc := 0;
	while(pc < len m.code){
		i := m.code[pc++];
		m.steps++;
		case i.op {
		OPUSH =>	m.push(i.arg);
		OADD =>	b := m.pop(); m.push(m.pop() + b);
		OSUB =>	b := m.pop(); m.push(m.pop() - b);
		OMUL =>	b := m.pop(); m.push(m.pop() * b);
		OLT =>	b := m.pop(); m.push(m.pop() < b);
		ODUP =>	v := m.pop(); m.push(v); m.push(v);
		OJMP =>	pc = i.arg;
		OJZ =>	if(m.pop() == 0) pc = i.arg;
		OLOAD =>	m.push(m.mem[i.arg]);
		OSTORE =>	m.mem[i.arg] = m.pop();
		OPRINT =>	sys->print("out: %d\n", m.pop());
		OHALT =>	return m.steps;
		}
	}
	return m.steps;
}

lookup(name: string): int
{
	for(i := 0; i < len opnames; i++)
		if(opnames[i] == name)
			return i;
	return -1;
}

assemble(src: array of string): (array of ref Instr, string)
{
	labels: list of Label;
	code := array[len src] of ref Instr;
	n := 0;
	for(ln := 0; ln < len src; ln++){
		line := src[ln];
		for(c := 0; c < len line; c++)
			if(line[c] == ';'){
				line = line[0:c];
				break;
			}
		(nt, toks) := sys->tokenize(line, " \t");
		if(nt == 0)
			continue;
		t := hd toks;
		if(t[len t - 1] == ':'){
			labels = Label(t[0:len t - 1], n) :: labels;
			toks = tl toks;
			if(toks == nil)
				continue;
			t = hd toks;
		}
		op := lookup(t);
		if(op < 0)
			return (nil, sys->sprint("line %d: unknown op %s", ln+1, t));
		ins := ref Instr(op, 0, nil, ln+1);
		if(tl toks != nil){
			a := hd tl toks;
			if(a[0] >= '0' && a[0] <= '9')
				ins.arg = int a;
			else
				ins.sym = a;
		}
		code[n++] = ins;
	}
	code = code[0:n];
	for(i := 0; i < n; i++){
		if(code[i].sym == nil)
			continue;
		found := 0;
		for(l := labels; l != nil; l = tl l)
			if((hd l).name == code[i].sym){
				code[i].arg = (hd l).addr;
				found = 1;
			}
		if(!found)
			return (nil, sys->sprint("line %d: undefined label %s", code[i].line, code[i].sym));
	}
	return (code, nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(code, err) := assemble(source);
	if(err != nil){
		sys->fprint(sys->fildes(2), "asm: %s\n", err);
		return;
	}
	sys->print("assembled %d instructions\n", len code);
	for(i := 0; i < len code; i += 7)
		sys->print("%3d  %s\n", i, code[i].text());
	m := Machine.new(code);
	steps := m.run();
	sys->print("halted after %d steps, sp=%d\n", steps, m.sp);
	bad := array[] of {"	push 1", "	jmp nowhere"};
	(nil, err) = assemble(bad);
	sys->fprint(sys->fildes(2), "asm: %s\n", err);
}
