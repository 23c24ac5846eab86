implement StackVM;

include "sys.m";
	sys: Sys;
include "draw.m";

StackVM: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

VM: adt {
	code: array of (int, int);	# (opcode, operand)
	pc: int;
	stack: array of int;
	sp: int;
	vars: array of int;
	out: string;
	halted: int;
	cycles: int;

	push: fn(vm: self ref VM, x: int);
	pop: fn(vm: self ref VM): int;
};

VM.push(vm: self ref VM, x: int)
{
	if(vm.sp >= len vm.stack)
		raise "vm: stack overflow";
	vm.stack[vm.sp++] = x;
}

VM.pop(vm: self ref VM): int
{
	if(vm.sp <= 0)
		raise "vm: stack underflow";
	return vm.stack[--vm.sp];
}

Op: adt {
	name: string;
	exec: ref fn(vm: ref VM, arg: int);
	count: int;
};

PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, LT, JMP, JZ, PRINT, HALT, DUP, EQ: con iota;

oppush(vm: ref VM, a: int) { vm.push(a); }
opload(vm: ref VM, a: int) { vm.push(vm.vars[a]); }
opstore(vm: ref VM, a: int) { vm.vars[a] = vm.pop(); }
opadd(vm: ref VM, nil: int) { b := vm.pop(); vm.push(vm.pop() + b); }
opsub(vm: ref VM, nil: int) { b := vm.pop(); vm.push(vm.pop() - b); }
opmul(vm: ref VM, nil: int) { b := vm.pop(); vm.push(vm.pop() * b); }
opdiv(vm: ref VM, nil: int)
{
	b := vm.pop();
	if(b == 0)
		raise "vm: divide by zero";
	vm.push(vm.pop() / b);
}
oplt(vm: ref VM, nil: int) { b := vm.pop(); vm.push(vm.pop() < b); }
opeq(vm: ref VM, nil: int) { b := vm.pop(); vm.push(vm.pop() == b); }
opjmp(vm: ref VM, a: int) { vm.pc = a; }
opjz(vm: ref VM, a: int) { if(vm.pop() == 0) vm.pc = a; }
opprint(vm: ref VM, nil: int) { vm.out += " " + string vm.pop(); }
ophalt(vm: ref VM, nil: int) { vm.halted = 1; }
opdup(vm: ref VM, nil: int) { x := vm.pop(); vm.push(x); vm.push(x); }

ops: array of ref Op;

# ---- a tiny AST and compiler ----
Expr: adt {
	pick {
	Num =>
		n: int;
	Var =>
		v: int;
	Bin =>
		op: int;
		a, b: cyclic ref Expr;
	}
};

Stmt: adt {
	pick {
	Assign =>
		v: int;
		e: ref Expr;
	Print =>
		e: ref Expr;
	While =>
		cond: ref Expr;
		body: cyclic list of ref Stmt;
	If =>
		cond: ref Expr;
		then: cyclic list of ref Stmt;
	}
};

Asm: adt {
	code: array of (int, int);
	n: int;
	emit: fn(a: self ref Asm, op, arg: int): int;
};

Asm.emit(a: self ref Asm, op, arg: int): int
{
	if(a.n == len a.code){
		nc := array[2 * len a.code] of (int, int);
		nc[0:] = a.code;
		a.code = nc;
	}
	a.code[a.n] = (op, arg);
	return a.n++;
}

cexpr(a: ref Asm, e: ref Expr)
{
	pick x := e {
	Num =>
		a.emit(PUSH, x.n);
	Var =>
		a.emit(LOAD, x.v);
	Bin =>
		cexpr(a, x.a);
		cexpr(a, x.b);
		a.emit(x.op, 0);
	}
}

cstmts(a: ref Asm, l: list of ref Stmt)
{
	for(; l != nil; l = tl l){
		pick s := hd l {
		Assign =>
			cexpr(a, s.e);
			a.emit(STORE, s.v);
		Print =>
			cexpr(a, s.e);
			a.emit(PRINT, 0);
		While =>
			top := a.n;
			cexpr(a, s.cond);
			jz := a.emit(JZ, -1);
			cstmts(a, s.body);
			a.emit(JMP, top);
			a.code[jz] = (JZ, a.n);
		If =>
			cexpr(a, s.cond);
			jz := a.emit(JZ, -1);
			cstmts(a, s.then);
			a.code[jz] = (JZ, a.n);
		}
	}
}

compile(prog: list of ref Stmt): array of (int, int)
{
	a := ref Asm(array[4] of (int, int), 0);
	cstmts(a, prog);
	a.emit(HALT, 0);
	return a.code[0:a.n];
}

run(name: string, code: array of (int, int), limit: int)
{
	vm := ref VM(code, 0, array[16] of int, 0, array[8] of {* => 0}, "", 0, 0);
	{
		while(!vm.halted){
			if(vm.cycles++ >= limit)
				raise "vm: cycle limit";
			(op, arg) := vm.code[vm.pc++];
			ops[op].count++;
			ops[op].exec(vm, arg);
		}
		sys->print("%s: out:%s (%d cycles, %d instrs)\n", name, vm.out, vm.cycles, len code);
	} exception e {
	"vm:*" =>
		sys->print("%s: error %s at pc %d; out:%s\n", name, e[4:], vm.pc - 1, vm.out);
	}
}

listing(code: array of (int, int))
{
	for(i := 0; i < len code; i++){
		(op, arg) := code[i];
		case op {
		PUSH or LOAD or STORE or JMP or JZ =>
			sys->print("  %2d %s %d\n", i, ops[op].name, arg);
		* =>
			sys->print("  %2d %s\n", i, ops[op].name);
		}
	}
}

num(n: int): ref Expr { return ref Expr.Num(n); }
var(v: int): ref Expr { return ref Expr.Var(v); }
bin(op: int, a, b: ref Expr): ref Expr { return ref Expr.Bin(op, a, b); }

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	ops = array[] of {
		PUSH => ref Op("push", oppush, 0), LOAD => ref Op("load", opload, 0),
		STORE => ref Op("store", opstore, 0), ADD => ref Op("add", opadd, 0),
		SUB => ref Op("sub", opsub, 0), MUL => ref Op("mul", opmul, 0),
		DIV => ref Op("div", opdiv, 0), LT => ref Op("lt", oplt, 0),
		JMP => ref Op("jmp", opjmp, 0), JZ => ref Op("jz", opjz, 0),
		PRINT => ref Op("print", opprint, 0), HALT => ref Op("halt", ophalt, 0),
		DUP => ref Op("dup", opdup, 0), EQ => ref Op("eq", opeq, 0),
	};
	# i = 1; f = 1; while(i < 8){ f = f * i; print f; i = i + 1 }
	fact := ref Stmt.Assign(0, num(1)) :: ref Stmt.Assign(1, num(1)) ::
		ref Stmt.While(bin(LT, var(0), num(8)),
			ref Stmt.Assign(1, bin(MUL, var(1), var(0))) ::
			ref Stmt.Print(var(1)) ::
			ref Stmt.Assign(0, bin(ADD, var(0), num(1))) :: nil) :: nil;
	code := compile(fact);
	listing(code);
	run("fact", code, 1000);

	# collatz from 27 printing only values that are multiples of 100
	collatz := ref Stmt.Assign(0, num(27)) :: ref Stmt.Assign(2, num(0)) ::
		ref Stmt.While(bin(LT, num(1), var(0)),
			ref Stmt.Assign(3, bin(SUB, var(0), bin(MUL, bin(DIV, var(0), num(2)), num(2)))) ::
			ref Stmt.If(bin(EQ, var(3), num(0)), ref Stmt.Assign(0, bin(DIV, var(0), num(2))) :: nil) ::
			ref Stmt.If(bin(EQ, var(3), num(1)), ref Stmt.Assign(0, bin(ADD, bin(MUL, var(0), num(3)), num(1))) :: nil) ::
			ref Stmt.If(bin(EQ, bin(SUB, var(0), bin(MUL, bin(DIV, var(0), num(100)), num(100))), num(0)), ref Stmt.Print(var(0)) :: nil) ::
			ref Stmt.Assign(2, bin(ADD, var(2), num(1))) :: nil) ::
		ref Stmt.Print(var(2)) :: nil;
	run("collatz", compile(collatz), 100000);

	run("divzero", compile(ref Stmt.Print(bin(DIV, num(7), bin(SUB, num(3), num(3)))) :: nil), 100);
	run("forever", compile(ref Stmt.While(num(1), ref Stmt.Print(num(5)) :: nil) :: nil), 20);
	deep := num(1);
	for(i := 0; i < 20; i++)
		deep = bin(ADD, num(i), deep);
	run("deep", compile(ref Stmt.Print(deep) :: nil), 100);
	run("handasm", array[] of {(PUSH, 6), (DUP, 0), (MUL, 0), (DUP, 0), (PRINT, 0), (PUSH, 1), (SUB, 0), (PRINT, 0), (HALT, 0)}, 100);
	run("underflow", array[] of {(PUSH, 1), (ADD, 0), (HALT, 0)}, 100);

	sys->print("opcode usage:");
	for(i = 0; i < len ops; i++)
		if(ops[i].count > 0)
			sys->print(" %s=%d", ops[i].name, ops[i].count);
	sys->print("\n");
}
