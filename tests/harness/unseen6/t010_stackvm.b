implement StackVM;

include "sys.m";
	sys: Sys;
include "draw.m";

StackVM: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

PUSH, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, DROP, JMP, JZ, LOAD, STORE, PRINT, HALT, LT, CALL, RET: con iota;

names := array[] of {
	"push", "add", "sub", "mul", "div", "mod", "dup", "swap", "drop",
	"jmp", "jz", "load", "store", "print", "halt", "lt", "call", "ret",
};

Instr: type (int, int);

VM: adt {
	code:	array of Instr;
	stack:	array of big;
	sp:	int;
	mem:	array of big;
	rstack:	list of int;
	out:	list of string;
	cycles:	int;

	push:	fn(vm: self ref VM, v: big);
	pop:	fn(vm: self ref VM): big;
	run:	fn(vm: self ref VM, limit: int): string;
};

VM.push(vm: self ref VM, v: big)
{
	if(vm.sp >= len vm.stack)
		raise "vm: stack overflow";
	vm.stack[vm.sp++] = v;
}

VM.pop(vm: self ref VM): big
{
	if(vm.sp <= 0)
		raise "vm: stack underflow";
	return vm.stack[--vm.sp];
}

VM.run(vm: self ref VM, limit: int): string
{
	pc := 0;
	{
	loop:
		for(;;){
			if(vm.cycles++ >= limit)
				return "cycle limit";
			(op, arg) := vm.code[pc++];
			case op {
			PUSH =>	vm.push(big arg);
			ADD =>	b := vm.pop(); vm.push(vm.pop() + b);
			SUB =>	b := vm.pop(); vm.push(vm.pop() - b);
			MUL =>	b := vm.pop(); vm.push(vm.pop() * b);
			DIV or MOD =>
				b := vm.pop();
				a := vm.pop();
				if(b == big 0)
					raise "vm: division by zero";
				if(op == DIV)
					vm.push(a / b);
				else
					vm.push(a % b);
			DUP =>	a := vm.pop(); vm.push(a); vm.push(a);
			SWAP =>	b := vm.pop(); a := vm.pop(); vm.push(b); vm.push(a);
			DROP =>	vm.pop();
			JMP =>	pc = arg;
			JZ =>
				if(vm.pop() == big 0)
					pc = arg;
			LT =>	b := vm.pop(); a := vm.pop(); if(a < b) vm.push(big 1); else vm.push(big 0);
			LOAD =>	vm.push(vm.mem[arg]);
			STORE =>	vm.mem[arg] = vm.pop();
			PRINT =>	vm.out = string vm.pop() :: vm.out;
			CALL =>	vm.rstack = pc :: vm.rstack; pc = arg;
			RET =>	pc = hd vm.rstack; vm.rstack = tl vm.rstack;
			HALT =>	break loop;
			* =>	raise "vm: bad opcode";
			}
		}
	} exception e {
	"vm:*" =>
		return sys->sprint("%s at pc %d", e[4:], pc-1);
	}
	return "ok";
}

disasm(code: array of Instr)
{
	for(i := 0; i < len code; i++){
		(op, arg) := code[i];
		case op {
		PUSH or JMP or JZ or LOAD or STORE or CALL =>
			sys->print("%3d  %-6s %d\n", i, names[op], arg);
		* =>
			sys->print("%3d  %s\n", i, names[op]);
		}
	}
}

# factorials 1..20 using a loop: mem[0]=i, mem[1]=acc
factprog := array[] of {
	(PUSH, 1), (STORE, 0), (PUSH, 1), (STORE, 1),
	(LOAD, 0), (PUSH, 21), (LT, 0), (JZ, 20),
	(LOAD, 1), (LOAD, 0), (MUL, 0), (DUP, 0), (STORE, 1), (CALL, 22),
	(LOAD, 0), (PUSH, 1), (ADD, 0), (STORE, 0), (JMP, 4), (HALT, 0),
	(HALT, 0), (HALT, 0),
	(PRINT, 0), (RET, 0),
};

runone(name: string, code: array of Instr, limit: int)
{
	vm := ref VM(code, array[16] of big, 0, array[4] of {* => big 0}, nil, nil, 0);
	st := vm.run(limit);
	n := 0;
	last := "";
	for(l := vm.out; l != nil; l = tl l){
		if(n == 0)
			last = hd l;
		n++;
	}
	sys->print("%s: %s; %d outputs, last=%s, cycles=%d\n", name, st, n, last, vm.cycles);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	disasm(factprog[0:8]);
	runone("fact", factprog, 10000);
	runone("short", factprog, 50);
	runone("divz", array[] of {(PUSH, 7), (PUSH, 0), (DIV, 0), (PRINT, 0), (HALT, 0)}, 100);
	runone("under", array[] of {(PUSH, 7), (ADD, 0), (HALT, 0)}, 100);
	ov := array[20] of {* => (PUSH, 3)};
	runone("over", ov, 100);
	runone("mod", array[] of {(PUSH, -17), (PUSH, 5), (MOD, 0), (PRINT, 0), (PUSH, -17), (PUSH, 5), (DIV, 0), (PRINT, 0), (HALT, 0)}, 100);
}
