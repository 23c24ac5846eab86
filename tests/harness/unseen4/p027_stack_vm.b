implement StackVm;

include "sys.m";
	sys: Sys;
include "draw.m";

StackVm: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Instr: adt {
	pick {
	Push =>
		v: int;
	Load or Store =>
		slot: int;
	Add or Sub or Mul or Lt or Print or Halt or Dup =>
	Jmp or Jz =>
		target: int;
	}
};

VM: adt {
	code: array of ref Instr;
	stack: array of int;
	sp: int;
	vars: array of int;
	steps: int;

	run: fn(vm: self ref VM, limit: int): string;
	push: fn(vm: self ref VM, v: int);
	pop: fn(vm: self ref VM): int;
};

VM.push(vm: self ref VM, v: int)
{
	if(vm.sp >= len vm.stack)
		raise "vm: stack overflow";
	vm.stack[vm.sp++] = v;
}

VM.pop(vm: self ref VM): int
{
	if(vm.sp <= 0)
		raise "vm: stack underflow";
	return vm.stack[--vm.sp];
}

VM.run(vm: self ref VM, limit: int): string
{
	pc := 0;
	out := "";
	while(pc < len vm.code){
		if(++vm.steps > limit)
			return out + " [step limit]";
		ins := vm.code[pc++];
		pick i := ins {
		Push =>
			vm.push(i.v);
		Load =>
			vm.push(vm.vars[i.slot]);
		Store =>
			vm.vars[i.slot] = vm.pop();
		Dup =>
			v := vm.pop();
			vm.push(v);
			vm.push(v);
		Add =>
			b := vm.pop();
			vm.push(vm.pop() + b);
		Sub =>
			b := vm.pop();
			vm.push(vm.pop() - b);
		Mul =>
			b := vm.pop();
			vm.push(vm.pop() * b);
		Lt =>
			b := vm.pop();
			vm.push(vm.pop() < b);
		Print =>
			out += " " + string vm.pop();
		Halt =>
			return out;
		Jmp =>
			pc = i.target;
		Jz =>
			if(vm.pop() == 0)
				pc = i.target;
		}
	}
	return out;
}

disasm(ins: ref Instr): string
{
	pick i := ins {
	Push => return "push " + string i.v;
	Load => return "load " + string i.slot;
	Store => return "store " + string i.slot;
	Jmp => return "jmp " + string i.target;
	Jz => return "jz " + string i.target;
	Add => return "add";
	Sub => return "sub";
	Mul => return "mul";
	Lt => return "lt";
	Print => return "print";
	Halt => return "halt";
	Dup => return "dup";
	}
	return "???";
}

prog(ins: array of ref Instr, name: string, limit: int)
{
	vm := ref VM(ins, array[8] of int, 0, array[4] of {* => 0}, 0);
	{
		out := vm.run(limit);
		sys->print("%s:%s (steps %d)\n", name, out, vm.steps);
	} exception e {
		"vm:*" =>
			sys->fprint(sys->fildes(2), "%s: %s after %d steps\n", name, e, vm.steps);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# factorial of 6 with a loop: v0 = n, v1 = acc
	fact := array[] of {
		ref Instr.Push(6), ref Instr.Store(0),
		ref Instr.Push(1), ref Instr.Store(1),
		ref Instr.Push(0), ref Instr.Load(0), ref Instr.Lt, ref Instr.Jz(17),
		ref Instr.Load(1), ref Instr.Load(0), ref Instr.Mul, ref Instr.Store(1),
		ref Instr.Load(0), ref Instr.Push(1), ref Instr.Sub, ref Instr.Store(0),
		ref Instr.Jmp(4),
		ref Instr.Load(1), ref Instr.Print, ref Instr.Halt,
	};
	for(i := 0; i < len fact; i++)
		sys->print("%2d  %s\n", i, disasm(fact[i]));
	prog(fact, "fact", 1000);
	count := array[] of {
		ref Instr.Push(0), ref Instr.Store(2),
		ref Instr.Load(2), ref Instr.Dup, ref Instr.Print,
		ref Instr.Push(1), ref Instr.Add, ref Instr.Dup, ref Instr.Store(2),
		ref Instr.Push(5), ref Instr.Lt, ref Instr.Jz(13), ref Instr.Jmp(2),
		ref Instr.Halt,
	};
	prog(count, "count", 1000);
	prog(count, "limited", 20);
	under := array[1] of ref Instr;
	under[0] = ref Instr.Add;
	prog(under, "underflow", 10);
	overflow := array[] of {ref Instr.Push(1), ref Instr.Dup, ref Instr.Jmp(1)};
	prog(overflow, "overflow", 100);
}
