implement Stackvm;

include "sys.m";
	sys: Sys;
include "draw.m";

Stackvm: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Instr: adt {
	pick {
	Push =>
		v:	int;
	Add or Sub or Mul or Dup or Swap or Print or Ret =>
	Jnz or Jmp or Call =>
		target:	int;
	Load or Store =>
		slot:	int;
	}
};

VM: adt {
	stack:	array of int;
	sp:	int;
	vars:	array of int;
	calls:	list of int;
	out:	string;
	push:	fn(m: self ref VM, v: int);
	pop:	fn(m: self ref VM): int;
	run:	fn(m: self ref VM, prog: array of ref Instr, maxsteps: int): int;
};

VM.push(m: self ref VM, v: int)
{
	if(m.sp >= len m.stack)
		raise "vm:stack overflow";
	m.stack[m.sp++] = v;
}

VM.pop(m: self ref VM): int
{
	if(m.sp <= 0)
		raise "vm:stack underflow";
	return m.stack[--m.sp];
}

VM.run(m: self ref VM, prog: array of ref Instr, maxsteps: int): int
{
	pc := 0;
	steps := 0;
	while(pc < len prog){
		if(++steps > maxsteps)
			raise "vm:too many steps";
		ins := prog[pc++];
		pick i := ins {
		Push =>	m.push(i.v);
		Add =>	b := m.pop(); m.push(m.pop() + b);
		Sub =>	b := m.pop(); m.push(m.pop() - b);
		Mul =>	b := m.pop(); m.push(m.pop() * b);
		Dup =>	v := m.pop(); m.push(v); m.push(v);
		Swap =>	b := m.pop(); a := m.pop(); m.push(b); m.push(a);
		Print =>	m.out += sys->sprint("%d ", m.pop());
		Jnz =>	if(m.pop() != 0) pc = i.target;
		Jmp =>	pc = i.target;
		Call =>	m.calls = pc :: m.calls; pc = i.target;
		Ret =>
			if(m.calls == nil)
				return steps;
			pc = hd m.calls;
			m.calls = tl m.calls;
		Load =>	m.push(m.vars[i.slot]);
		Store =>	m.vars[i.slot] = m.pop();
		}
	}
	return steps;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# factorials 1..7 via a loop, with a subroutine that prints
	prog := array[] of {
		ref Instr.Push(1), ref Instr.Store(0),		# f = 1
		ref Instr.Push(1), ref Instr.Store(1),		# i = 1
		ref Instr.Load(0), ref Instr.Load(1), ref Instr.Mul, ref Instr.Store(0),	# 4: f *= i
		ref Instr.Call(20),
		ref Instr.Load(1), ref Instr.Push(1), ref Instr.Add, ref Instr.Dup, ref Instr.Store(1),
		ref Instr.Push(8), ref Instr.Swap, ref Instr.Sub,	# 8 - i
		ref Instr.Jnz(4),
		ref Instr.Jmp(22),
		ref Instr.Push(0),
		ref Instr.Load(0), ref Instr.Print,		# 20: print f
		ref Instr.Ret,
	};
	m := ref VM(array[16] of int, 0, array[4] of {* => 0}, nil, nil);
	steps := m.run(prog, 1000);
	sys->print("%s\n", m.out);
	sys->print("steps %d sp %d vars %d %d\n", steps, m.sp, m.vars[0], m.vars[1]);
	tests := array[] of {
		("underflow", array[] of {ref Instr.Push(1), ref Instr.Add}),
		("overflow", array[] of {ref Instr.Push(1), ref Instr.Dup, ref Instr.Jmp(1)}),
		("loop", array[] of {ref Instr.Push(1), ref Instr.Jnz(0)}),
	};
	for(k := 0; k < len tests; k++){
		(name, p) := tests[k];
		vm := ref VM(array[8] of int, 0, array[1] of int, nil, nil);
		{
			vm.run(p, 50);
			sys->print("%s: finished\n", name);
		} exception e {
		"vm:*" =>
			sys->print("%s: %s (sp %d)\n", name, e[3:], vm.sp);
		}
	}
}
