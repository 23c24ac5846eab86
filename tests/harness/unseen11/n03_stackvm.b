implement StackVM;

include "sys.m";
	sys: Sys;
include "draw.m";

StackVM: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Opush, Oadd, Osub, Omul, Odup, Oswap, Orot, Odrop, Ojz, Ojmp, Oprint, Ohalt, Ocall, Oret: con iota;
Nops: con Oret + 1;

opnames := array[Nops] of {
	Opush => "push", Oadd => "add", Osub => "sub", Omul => "mul",
	Odup => "dup", Oswap => "swap", Orot => "rot", Odrop => "drop", Ojz => "jz",
	Ojmp => "jmp", Oprint => "print", Ohalt => "halt", Ocall => "call",
	Oret => "ret",
};

Inst: adt {
	op:	int;
	arg:	int;
};

Machine: adt {
	stack:	array of int;
	sp:	int;
	rstack:	list of int;
	steps:	int;

	push:	fn(m: self ref Machine, v: int);
	pop:	fn(m: self ref Machine): int;
	run:	fn(m: self ref Machine, prog: array of Inst): int;
};

Machine.push(m: self ref Machine, v: int)
{
	if(m.sp >= len m.stack)
		raise "vm: stack overflow";
	m.stack[m.sp++] = v;
}

Machine.pop(m: self ref Machine): int
{
	if(m.sp <= 0)
		raise "vm: stack underflow";
	return m.stack[--m.sp];
}

Machine.run(m: self ref Machine, prog: array of Inst): int
{
	pc := 0;
	for(;;){
		if(pc < 0 || pc >= len prog)
			raise "vm: pc out of range";
		i := prog[pc++];
		m.steps++;
		case i.op {
		Opush =>	m.push(i.arg);
		Oadd =>	m.push(m.pop() + m.pop());
		Osub =>
			b := m.pop();
			m.push(m.pop() - b);
		Omul =>	m.push(m.pop() * m.pop());
		Odup =>
			v := m.pop();
			m.push(v);
			m.push(v);
		Oswap =>
			b := m.pop();
			a := m.pop();
			m.push(b);
			m.push(a);
		Orot =>
			c := m.pop();
			b := m.pop();
			a := m.pop();
			m.push(b);
			m.push(c);
			m.push(a);
		Odrop =>	m.pop();
		Ojz =>
			if(m.pop() == 0)
				pc = i.arg;
		Ojmp =>	pc = i.arg;
		Oprint =>
			sys->print("  stack");
			for(k := 0; k < m.sp; k++)
				sys->print(" %d", m.stack[k]);
			sys->print("\n");
		Ocall =>
			m.rstack = pc :: m.rstack;
			pc = i.arg;
		Oret =>
			if(m.rstack == nil)
				raise "vm: return without call";
			pc = hd m.rstack;
			m.rstack = tl m.rstack;
		Ohalt =>	return m.sp;
		* =>	raise "vm: bad opcode " + string i.op;
		}
	}
}

disasm(prog: array of Inst)
{
	for(pc := 0; pc < len prog; pc++){
		i := prog[pc];
		case i.op {
		Opush or Ojz or Ojmp or Ocall =>
			sys->print("  %2d %-5s %d\n", pc, opnames[i.op], i.arg);
		* =>
			sys->print("  %2d %s\n", pc, opnames[i.op]);
		}
	}
}

runprog(name: string, prog: array of Inst)
{
	sys->print("%s:\n", name);
	m := ref Machine(array[8] of int, 0, nil, 0);
	{
		depth := m.run(prog);
		sys->print("  halted, depth %d, top %d, %d steps\n", depth, m.stack[depth-1], m.steps);
	} exception e {
	"vm:*" =>
		sys->print("  error after %d steps: %s\n", m.steps, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# factorial of 6 by a countdown loop: acc n
	fact := array[] of {
		Inst(Opush, 1), Inst(Opush, 6),
		Inst(Odup, 0), Inst(Ojz, 9),
		Inst(Ocall, 11), Inst(Oprint, 0),
		Inst(Opush, 1), Inst(Osub, 0), Inst(Ojmp, 2),
		Inst(Odrop, 0), Inst(Ohalt, 0),
		# subroutine: acc n -> acc*n n
		Inst(Odup, 0), Inst(Orot, 0), Inst(Omul, 0), Inst(Oswap, 0), Inst(Oret, 0),
	};
	disasm(fact[11:]);
	runprog("fact", fact);
	mul := array[] of {
		Inst(Opush, 6), Inst(Opush, 7), Inst(Omul, 0), Inst(Oprint, 0),
		Inst(Opush, 2), Inst(Osub, 0), Inst(Ohalt, 0),
	};
	runprog("mul", mul);
	under := array[] of { Inst(Opush, 1), Inst(Oadd, 0), Inst(Ohalt, 0) };
	runprog("underflow", under);
	over := array[] of { Inst(Opush, 1), Inst(Odup, 0), Inst(Ojmp, 1) };
	runprog("overflow", over);
	runprog("bad", array[] of { Inst(Opush, 0), Inst(42, 0) });
	runprog("ret", array[] of { Inst(Oret, 0) });
	runprog("runaway", array[] of { Inst(Opush, 3), Inst(Ojmp, 9) });
}
