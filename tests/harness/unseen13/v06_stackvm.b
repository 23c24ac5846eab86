implement StackVM;

include "sys.m";
	sys: Sys;
include "draw.m";

StackVM: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

PUSH, ADD, SUB, MUL, DUP, SWAP, JZ, JMP, PRINT, HALT, OVER, DROP: con iota;
opnames := array[] of {"push", "add", "sub", "mul", "dup", "swap", "jz", "jmp", "print", "halt", "over", "drop"};

Instr: adt {
	op:	int;
	arg:	int;
};

VM: adt {
	stack:	array of int;
	sp:	int;
	pc:	int;
	steps:	int;

	push:	fn(vm: self ref VM, v: int);
	pop:	fn(vm: self ref VM): int;
	run:	fn(vm: self ref VM, prog: array of Instr, trace: int);
};

VM.push(vm: self ref VM, v: int)
{
	vm.stack[vm.sp++] = v;
}

VM.pop(vm: self ref VM): int
{
	if(vm.sp == 0)
		raise "vm:stack underflow";
	return vm.stack[--vm.sp];
}

VM.run(vm: self ref VM, prog: array of Instr, trace: int)
{
	for(;;){
		i := prog[vm.pc];
		if(trace){
			s := "";
			for(k := 0; k < vm.sp; k++)
				s += sys->sprint(" %d", vm.stack[k]);
			sys->print("  %2d %-5s %3d |%s\n", vm.pc, opnames[i.op], i.arg, s);
		}
		vm.pc++;
		vm.steps++;
		case i.op {
		PUSH =>	vm.push(i.arg);
		ADD =>	b := vm.pop(); vm.push(vm.pop() + b);
		SUB =>	b := vm.pop(); vm.push(vm.pop() - b);
		MUL =>	b := vm.pop(); vm.push(vm.pop() * b);
		DUP =>	a := vm.pop(); vm.push(a); vm.push(a);
		OVER =>	b := vm.pop(); a := vm.pop(); vm.push(a); vm.push(b); vm.push(a);
		DROP =>	vm.pop();
		SWAP =>	b := vm.pop(); a := vm.pop(); vm.push(b); vm.push(a);
		JZ =>
			if(vm.pop() == 0)
				vm.pc = i.arg;
		JMP =>	vm.pc = i.arg;
		PRINT =>	sys->print("out: %d\n", vm.pop());
		HALT =>	return;
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# (2+3)*4-1
	p1 := array[] of {
		Instr(PUSH, 2), (PUSH, 3), (ADD, 0), (PUSH, 4), (MUL, 0),
		(PUSH, 1), (SUB, 0), (PRINT, 0), (HALT, 0)
	};
	vm := ref VM(array[32] of int, 0, 0, 0);
	vm.run(p1, 1);
	# factorial of 6: acc n
	p2 := array[] of {
		Instr(PUSH, 1), (PUSH, 6),	# 0,1: acc n
		(DUP, 0), (JZ, 12),		# 2,3: if n==0 goto 12
		(SWAP, 0), (OVER, 0),		# 4,5: n acc n
		(MUL, 0), (SWAP, 0),		# 6,7: acc*n n
		(PUSH, 1), (SUB, 0),		# 8,9: acc*n n-1
		(JMP, 2),			# 10
		(HALT, 0),			# 11
		(DROP, 0), (PRINT, 0), (HALT, 0)	# 12,13,14
	};
	vm2 := ref VM(array[32] of int, 0, 0, 0);
	vm2.run(p2, 0);
	sys->print("vm2 halted pc=%d sp=%d steps=%d\n", vm2.pc, vm2.sp, vm2.steps);
	# sum 1..10 using over
	p3 := array[] of {
		Instr(PUSH, 0), (PUSH, 10),	# sum n
		(DUP, 0), (JZ, 9),		# 2,3
		(DUP, 0),			# sum n n
		(PUSH, 0), (ADD, 0),		# 5,6 (no-op)
		(JMP, 12),			# 7
		(HALT, 0),			# 8
		(DROP, 0), (PRINT, 0), (HALT, 0),	# 9,10,11
		# 12: sum n n -> sum+n n-1
		(SWAP, 0), (DROP, 0),		# sum n
		(SWAP, 0), (OVER, 0), (ADD, 0),	# n sum+n
		(SWAP, 0), (PUSH, 1), (SUB, 0),	# sum+n n-1
		(JMP, 2)
	};
	vm3 := ref VM(array[32] of int, 0, 0, 0);
	vm3.run(p3, 0);
	sys->print("vm3 steps=%d\n", vm3.steps);
	# underflow: uncaught
	bad := array[] of {Instr(PUSH, 5), (ADD, 0), (HALT, 0)};
	vm4 := ref VM(array[4] of int, 0, 0, 0);
	vm4.run(bad, 1);
	sys->print("not reached\n");
}
