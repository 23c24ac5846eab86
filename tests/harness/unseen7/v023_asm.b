implement Asm;

include "sys.m";
	sys: Sys;
include "draw.m";

Asm: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# a toy accumulator machine: 8-bit opcode, 8-bit operand
Op: adt {
	name:	string;
	code:	int;
	hasarg:	int;
};

ops := array[] of {
	Op("HALT", 16r00, 0),
	Op("LOAD", 16r01, 1),
	Op("ADD", 16r02, 1),
	Op("SUB", 16r03, 1),
	Op("STORE", 16r04, 1),
	Op("JMP", 16r05, 1),
	Op("JZ", 16r06, 1),
	Op("OUT", 16r07, 0),
	Op("LDI", 16r08, 1),
};

Asmerr: exception(int, string);

findop(name: string): int
{
	for(i := 0; i < len ops; i++)
		if(ops[i].name == name)
			return i;
	return -1;
}

opbycode(c: int): int
{
	for(i := 0; i < len ops; i++)
		if(ops[i].code == c)
			return i;
	return -1;
}

assemble(src: array of string): array of byte raises Asmerr
{
	labels: list of (string, int);
	# pass 1: labels
	pc := 0;
	for(i := 0; i < len src; i++){
		(n, toks) := sys->tokenize(src[i], " \t,");
		if(n == 0)
			continue;
		t := hd toks;
		if(t[len t-1] == ':'){
			labels = (t[0:len t-1], pc) :: labels;
			toks = tl toks;
			if(toks == nil)
				continue;
		}
		pc += 2;
	}
	code := array[pc] of byte;
	pc = 0;
	for(i = 0; i < len src; i++){
		(n, toks) := sys->tokenize(src[i], " \t,");
		if(n == 0)
			continue;
		if((hd toks)[len hd toks-1] == ':')
			toks = tl toks;
		if(toks == nil)
			continue;
		k := findop(hd toks);
		if(k < 0)
			raise Asmerr(i+1, "unknown opcode " + hd toks);
		arg := 0;
		if(ops[k].hasarg){
			if(tl toks == nil)
				raise Asmerr(i+1, "missing operand");
			a := hd tl toks;
			if(a[0] >= '0' && a[0] <= '9' || a[0] == '-')
				arg = int a;
			else{
				arg = -1;
				for(l := labels; l != nil; l = tl l){
					(name, v) := hd l;
					if(name == a)
						arg = v;
				}
				if(arg < 0)
					raise Asmerr(i+1, "undefined label " + a);
			}
		}
		code[pc++] = byte ops[k].code;
		code[pc++] = byte arg;
	}
	return code;
}

disassemble(code: array of byte)
{
	for(pc := 0; pc+1 < len code; pc += 2){
		k := opbycode(int code[pc]);
		if(k < 0){
			sys->print("%.2x: ??? %.2x\n", pc, int code[pc]);
			continue;
		}
		if(ops[k].hasarg)
			sys->print("%.2x: %.2x%.2x  %-5s %d\n", pc, int code[pc], int code[pc+1], ops[k].name, int code[pc+1]);
		else
			sys->print("%.2x: %.2x%.2x  %s\n", pc, int code[pc], int code[pc+1], ops[k].name);
	}
}

execute(code: array of byte, mem: array of int, limit: int): list of int
{
	acc := 0;
	pc := 0;
	out: list of int;
	for(steps := 0; steps < limit; steps++){
		op := int code[pc];
		arg := int code[pc+1];
		pc += 2;
		case op {
		16r00 =>
			r: list of int;
			for(; out != nil; out = tl out)
				r = hd out :: r;
			return r;
		16r01 =>	acc = mem[arg];
		16r02 =>	acc += mem[arg];
		16r03 =>	acc -= mem[arg];
		16r04 =>	mem[arg] = acc;
		16r05 =>	pc = arg;
		16r06 =>	if(acc == 0) pc = arg;
		16r07 =>	out = acc :: out;
		16r08 =>	acc = arg;
		}
	}
	raise "fail:step limit";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	# print a countdown and sum it
	prog := array[] of {
		"	LDI 5",
		"	STORE 0		",
		"	LDI 0",
		"	STORE 1",
		"	LDI 1",
		"	STORE 2",
		"loop:	LOAD 0",
		"	JZ done",
		"	OUT",
		"	ADD 1",
		"	STORE 1",
		"	LOAD 0",
		"	SUB 2",
		"	STORE 0",
		"	JMP loop",
		"done:	LOAD 1",
		"	OUT",
		"	HALT",
	};
	code := assemble(prog);
	sys->print("%d bytes\n", len code);
	disassemble(code);
	mem := array[8] of {* => 0};
	sys->print("output:");
	for(o := execute(code, mem, 1000); o != nil; o = tl o)
		sys->print(" %d", hd o);
	sys->print("\n");
	bad := array[] of {
		array[] of {"LDI 1", "FROB 2"},
		array[] of {"JMP nowhere"},
		array[] of {"x: ADD"},
	};
	for(i := 0; i < len bad; i++){
		{
			assemble(bad[i]);
			sys->print("assembled?\n");
		} exception e {
		Asmerr =>
			(ln, msg) := e;
			sys->print("asm: line %d: %s\n", ln, msg);
		}
	}
}
