implement Toyasm;

include "sys.m";
	sys: Sys;
include "draw.m";

Toyasm: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# opcodes
OLOAD, OADD, OSUB, OMUL, OJMP, OJZ, OJNZ, OPRINT, OHALT, ODEC, OMOV: con iota;
opnames := array[] of {"load", "add", "sub", "mul", "jmp", "jz", "jnz", "print", "halt", "dec", "mov"};
nargs := array[] of {2, 2, 2, 2, 1, 2, 2, 1, 0, 1, 2};
NREG: con 4;

Label: adt {
	name:	string;
	addr:	int;
};

Asm: adt {
	code:	array of int;
	n:	int;
	labels:	list of Label;
	fixups:	list of (int, string, int);	# (code index, label, source line)

	emit:	fn(a: self ref Asm, w: int);
	operand:	fn(a: self ref Asm, s: string, line: int);
	resolve:	fn(a: self ref Asm);
};

Asm.emit(a: self ref Asm, w: int)
{
	if(a.n >= len a.code){
		nc := array[2*len a.code] of int;
		nc[0:] = a.code;
		a.code = nc;
	}
	a.code[a.n++] = w;
}

Asm.operand(a: self ref Asm, s: string, line: int)
{
	if(len s == 2 && s[0] == 'r' && s[1] >= '0' && s[1] < '0'+NREG){
		a.emit(s[1] - '0');
		return;
	}
	if(s[0] == '#'){
		for(i := 1; i < len s; i++)
			if(s[i] < '0' || s[i] > '9')
				raise sys->sprint("line %d: bad immediate %s", line, s);
		a.emit(int s[1:]);
		return;
	}
	a.fixups = (a.n, s, line) :: a.fixups;
	a.emit(-1);
}

Asm.resolve(a: self ref Asm)
{
	for(f := a.fixups; f != nil; f = tl f){
		(at, name, line) := hd f;
		found := 0;
		for(l := a.labels; l != nil; l = tl l)
			if((hd l).name == name){
				a.code[at] = (hd l).addr;
				found = 1;
			}
		if(!found)
			raise sys->sprint("line %d: undefined label %s", line, name);
	}
}

assemble(src: string): array of int
{
	a := ref Asm(array[4] of int, 0, nil, nil);
	(nil, lines) := sys->tokenize(src, "\n");
	lineno := 0;
	for(; lines != nil; lines = tl lines){
		lineno++;
		line := hd lines;
		for(i := 0; i < len line; i++)
			if(line[i] == ';'){
				line = line[0:i];
				break;
			}
		(n, w) := sys->tokenize(line, " \t,");
		if(n == 0)
			continue;
		t := hd w;
		if(t[len t-1] == ':'){
			a.labels = Label(t[0:len t-1], a.n) :: a.labels;
			w = tl w;
			n--;
			if(n == 0)
				continue;
			t = hd w;
		}
		for(op := 0; op < len opnames; op++)
			if(opnames[op] == t)
				break;
		if(op == len opnames)
			raise sys->sprint("line %d: unknown opcode %s", lineno, t);
		if(n-1 != nargs[op])
			raise sys->sprint("line %d: %s wants %d operands", lineno, t, nargs[op]);
		a.emit(op);
		for(w = tl w; w != nil; w = tl w)
			a.operand(hd w, lineno);
	}
	a.resolve();
	return a.code[0:a.n];
}

# load r,#imm ; add r,r ; ...
run(code: array of int, limit: int)
{
	reg := array[NREG] of {* => 0};
	pc := 0;
	steps := 0;
	while(pc < len code){
		if(++steps > limit){
			sys->print("step limit\n");
			return;
		}
		op := code[pc];
		case op {
		OLOAD =>	reg[code[pc+1]] = code[pc+2];
		OMOV =>	reg[code[pc+1]] = reg[code[pc+2]];
		OADD =>	reg[code[pc+1]] += reg[code[pc+2]];
		OSUB =>	reg[code[pc+1]] -= reg[code[pc+2]];
		OMUL =>	reg[code[pc+1]] *= reg[code[pc+2]];
		ODEC =>	reg[code[pc+1]]--;
		OPRINT =>	sys->print("out: %d\n", reg[code[pc+1]]);
		OHALT =>
			sys->print("halt after %d steps\n", steps);
			return;
		OJMP =>
			pc = code[pc+1];
			continue;
		OJZ or OJNZ =>
			z := reg[code[pc+1]] == 0;
			if((op == OJZ) == z){
				pc = code[pc+2];
				continue;
			}
		* =>
			raise "bad opcode";
		}
		pc += 1 + nargs[op];
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	progs := array[] of {
		"; factorial of 6\n\tload r0, #6\n\tload r1, #1\nloop:\tjz r0, done\n\tmul r1, r0\n\tdec r0\n\tprint r1\n\tjmp loop\ndone:\tprint r1\n\thalt\n",
		"start: load r2,#3\n again: print r2 \n dec r2\n jnz r2, again\n",
		"\tload r0, #1\n\tjmp nowhere\n",
		"\tload r0, #1x\n",
		"\tpush r0\n",
		"\tadd r1\n",
		"spin: jmp spin\n",
	};
	for(i := 0; i < len progs; i++){
		sys->print("program %d:\n", i);
		{
			code := assemble(progs[i]);
			s := "";
			for(j := 0; j < len code; j++)
				s += " " + string code[j];
			sys->print("code:%s\n", s);
			run(code, 50);
		}exception e{
		"line*" =>
			sys->print("asm error: %s\n", e);
		}
	}
}
