implement AsmVM;

include "sys.m";
	sys: Sys;
include "draw.m";

AsmVM: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

# opcodes; those at or above PUSH take one operand
HALT, ADD, SUB, MUL, DIV, MOD, DUP, DROP, SWAP, OVER, PRINT, LT, EQ, NOT,
PUSH, LOAD, STORE, JMP, JZ, JNZ, CALL, RET: con iota;

opnames := array[] of {
	"halt", "add", "sub", "mul", "div", "mod", "dup", "drop", "swap", "over",
	"print", "lt", "eq", "not",
	"push", "load", "store", "jmp", "jz", "jnz", "call", "ret",
};

Label: adt {
	name:	string;
	addr:	int;
};

opcode(s: string): int
{
	for(i := 0; i < len opnames; i++)
		if(opnames[i] == s)
			return i;
	return -1;
}

hasarg(op: int): int
{
	return op >= PUSH && op != RET;
}

# two passes: first collect label addresses, then emit
assemble(src: string): array of int
{
	(nil, lines) := sys->tokenize(src, "\n");
	labels: list of ref Label;
	pc := 0;
	for(l := lines; l != nil; l = tl l){
		(n, f) := sys->tokenize(hd l, " \t");
		if(n == 0 || (hd f)[0] == '#')
			continue;
		w := hd f;
		if(w[len w - 1] == ':'){
			labels = ref Label(w[0:len w - 1], pc) :: labels;
			continue;
		}
		pc++;
		if(hasarg(opcode(w)))
			pc++;
	}
	code := array[pc] of int;
	pc = 0;
	for(l = lines; l != nil; l = tl l){
		(n, f) := sys->tokenize(hd l, " \t");
		if(n == 0 || (hd f)[0] == '#' || (hd f)[len hd f - 1] == ':')
			continue;
		op := opcode(hd f);
		if(op < 0)
			raise "asm: unknown opcode " + hd f;
		code[pc++] = op;
		if(hasarg(op)){
			a := hd tl f;
			if((a[0] >= '0' && a[0] <= '9') || a[0] == '-')
				code[pc++] = int a;
			else{
				v := -1;
				for(ll := labels; ll != nil; ll = tl ll)
					if((hd ll).name == a)
						v = (hd ll).addr;
				if(v < 0)
					raise "asm: undefined label " + a;
				code[pc++] = v;
			}
		}
	}
	return code;
}

disasm(code: array of int)
{
	for(pc := 0; pc < len code; ){
		op := code[pc];
		if(hasarg(op)){
			sys->print("  %3d %-5s %d\n", pc, opnames[op], code[pc+1]);
			pc += 2;
		}else{
			sys->print("  %3d %s\n", pc, opnames[op]);
			pc++;
		}
	}
}

VM: adt {
	stack:	array of int;
	sp:	int;
	rstack:	array of int;
	rp:	int;
	mem:	array of int;
	out:	string;
	steps:	int;

	new:	fn(): ref VM;
	push:	fn(m: self ref VM, v: int);
	pop:	fn(m: self ref VM): int;
	run:	fn(m: self ref VM, code: array of int);
};

VM.new(): ref VM
{
	return ref VM(array[64] of int, 0, array[64] of int, 0, array[16] of {* => 0}, "", 0);
}

VM.push(m: self ref VM, v: int)
{
	if(m.sp >= len m.stack)
		raise "vm: stack overflow";
	m.stack[m.sp++] = v;
}

VM.pop(m: self ref VM): int
{
	if(m.sp <= 0)
		raise "vm: stack underflow";
	return m.stack[--m.sp];
}

VM.run(m: self ref VM, code: array of int)
{
	pc := 0;
	for(;;){
		m.steps++;
		op := code[pc++];
		arg := 0;
		if(hasarg(op))
			arg = code[pc++];
		case op {
		HALT =>	return;
		ADD =>	b := m.pop(); m.push(m.pop() + b);
		SUB =>	b := m.pop(); m.push(m.pop() - b);
		MUL =>	b := m.pop(); m.push(m.pop() * b);
		DIV or MOD =>
			b := m.pop();
			a := m.pop();
			if(b == 0)
				raise sys->sprint("vm: divide by zero at pc %d", pc-1);
			if(op == DIV)
				m.push(a / b);
			else
				m.push(a % b);
		DUP =>	a := m.pop(); m.push(a); m.push(a);
		DROP =>	m.pop();
		SWAP =>	b := m.pop(); a := m.pop(); m.push(b); m.push(a);
		OVER =>	b := m.pop(); a := m.pop(); m.push(a); m.push(b); m.push(a);
		PRINT =>	m.out += string m.pop() + " ";
		LT =>	b := m.pop(); m.push(m.pop() < b);
		EQ =>	b := m.pop(); m.push(m.pop() == b);
		NOT =>	m.push(m.pop() == 0);
		PUSH =>	m.push(arg);
		LOAD =>	m.push(m.mem[arg]);
		STORE =>	m.mem[arg] = m.pop();
		JMP =>	pc = arg;
		JZ =>	if(m.pop() == 0) pc = arg;
		JNZ =>	if(m.pop() != 0) pc = arg;
		CALL =>	m.rstack[m.rp++] = pc; pc = arg;
		RET =>	pc = m.rstack[--m.rp];
		* =>	raise "vm: bad opcode " + string op;
		}
	}
}

factorial := `
# iterative factorial of 1..10
	push 1
	store 0
loop:
	load 0
	call fact
	print
	load 0
	push 1
	add
	dup
	store 0
	push 11
	lt
	jnz loop
	halt
# fact(n) -> n!
fact:
	push 1
	swap
floop:
	dup
	jz fdone
	dup
	store 1
	mul
	load 1
	push 1
	sub
	jmp floop
fdone:
	drop
	ret
`;

gcdprog := `
	push 1071
	push 462
gcd:
	dup
	jz done
	swap
	over
	mod
	jmp gcd
done:
	drop
	print
	halt
`;

primes := `
# print primes below 60 by trial division
	push 2
	store 0
next:
	push 2
	store 1
try:
	load 1
	dup
	mul
	load 0
	swap
	lt
	jnz isprime
	load 0
	load 1
	mod
	jz notprime
	load 1
	push 1
	add
	store 1
	jmp try
isprime:
	load 0
	print
notprime:
	load 0
	push 1
	add
	dup
	store 0
	push 60
	lt
	jnz next
	halt
`;

broken := `
	push 10
	push 3
	sub
	push 7
	sub
	push 100
	swap
	div
	print
	halt
`;

run(name, src: string)
{
	code := assemble(src);
	m := VM.new();
	m.run(code);
	sys->print("%s: %d words, %d steps: %s\n", name, len code, m.steps, m.out);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	disasm(assemble(gcdprog));
	run("factorial", factorial);
	run("gcd", gcdprog);
	run("primes", primes);

	{
		run("bad", "push 1\nfrob 2\n");
	} exception e {
	"asm:*" =>
		sys->print("caught: %s\n", e);
	}
	{
		run("underflow", "push 1\nadd\nhalt\n");
	} exception e {
	"vm:*" =>
		sys->print("caught: %s\n", e);
	}
	# this one is not caught: the program dies here
	run("broken", broken);
	sys->print("not reached\n");
}
