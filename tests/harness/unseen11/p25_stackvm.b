implement StackVM;

include "sys.m";
	sys: Sys;
include "draw.m";

StackVM: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# opcodes
PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, JMP, JZ, JNEG, DUP, DROP, SWAP, PRINT, HALT: con iota;
names := array[] of {"push", "load", "store", "add", "sub", "mul", "div", "mod",
	"jmp", "jz", "jneg", "dup", "drop", "swap", "print", "halt"};

Insn: adt {
	op:	int;
	arg:	int;
};

# two-pass assembler: "label:" lines define targets
assemble(src: string): array of Insn
{
	(nil, lines) := sys->tokenize(src, "\n");
	labels: list of (string, int);
	n := 0;
	for(l := lines; l != nil; l = tl l){
		s := hd l;
		if(s[len s - 1] == ':')
			labels = (s[0:len s - 1], n) :: labels;
		else
			n++;
	}
	code := array[n] of Insn;
	n = 0;
	for(l = lines; l != nil; l = tl l){
		(nf, f) := sys->tokenize(hd l, " \t");
		if((hd f)[len hd f - 1] == ':')
			continue;
		op := -1;
		for(i := 0; i < len names; i++)
			if(names[i] == hd f)
				op = i;
		arg := 0;
		if(nf > 1){
			a := hd tl f;
			if(a[0] >= 'a' && a[0] <= 'z'){
				arg = -1;
				for(ll := labels; ll != nil; ll = tl ll)
					if((hd ll).t0 == a)
						arg = (hd ll).t1;
			}else
				arg = int a;
		}
		code[n++] = Insn(op, arg);
	}
	return code;
}

run(name: string, code: array of Insn): int
{
	stk := array[32] of int;
	mem := array[8] of {* => 0};
	sp := 0;
	steps := 0;
	sys->print("%s:", name);
	for(pc := 0; pc < len code; ){
		ins := code[pc++];
		steps++;
		case ins.op {
		PUSH =>	stk[sp++] = ins.arg;
		LOAD =>	stk[sp++] = mem[ins.arg];
		STORE =>	mem[ins.arg] = stk[--sp];
		ADD or SUB or MUL or DIV or MOD =>
			b := stk[--sp];
			a := stk[--sp];
			case ins.op {
			ADD =>	a += b;
			SUB =>	a -= b;
			MUL =>	a *= b;
			DIV =>	a /= b;
			MOD =>	a %= b;
			}
			stk[sp++] = a;
		JMP =>	pc = ins.arg;
		JZ =>
			if(stk[--sp] == 0)
				pc = ins.arg;
		JNEG =>
			if(stk[--sp] < 0)
				pc = ins.arg;
		DUP =>	stk[sp] = stk[sp-1]; sp++;
		DROP =>	sp--;
		SWAP =>	(stk[sp-1], stk[sp-2]) = (stk[sp-2], stk[sp-1]);
		PRINT =>	sys->print(" %d", stk[--sp]);
		HALT =>
			sys->print("  [%d steps]\n", steps);
			return steps;
		* =>
			sys->print("\n");
			raise sys->sprint("vm: illegal instruction %d at pc %d", ins.op, pc - 1);
		}
	}
	sys->print("  [fell off end]\n");
	return steps;
}

progs := array[] of {
	("sum", "push 0\nstore 0\npush 100\nstore 1\nloop:\nload 1\njz done\nload 0\nload 1\nadd\nstore 0\n" +
		"load 1\npush 1\nsub\nstore 1\njmp loop\ndone:\nload 0\nprint\nhalt"),
	("fact", "push 1\nstore 0\npush 1\nstore 1\nloop:\nload 1\npush 13\nsub\njz done\nload 0\nload 1\nmul\n" +
		"dup\nprint\nstore 0\nload 1\npush 1\nadd\nstore 1\njmp loop\ndone:\nhalt"),
	("gcd", "push 1071\nstore 0\npush 462\nstore 1\nloop:\nload 1\njz done\nload 0\nload 1\nmod\n" +
		"load 1\nstore 0\nstore 1\njmp loop\ndone:\nload 0\nprint\nhalt"),
	("collatz", "push 27\nstore 0\npush 0\nstore 1\nloop:\nload 0\npush 1\nsub\njz done\nload 1\npush 1\nadd\n" +
		"store 1\nload 0\npush 2\nmod\njz even\nload 0\npush 3\nmul\npush 1\nadd\nstore 0\njmp loop\n" +
		"even:\nload 0\npush 2\ndiv\nstore 0\njmp loop\ndone:\nload 1\nprint\nhalt"),
	("negdiv", "push -17\npush 5\ndiv\nprint\npush -17\npush 5\nmod\nprint\npush 17\npush -5\nmod\nprint\nhalt"),
	("typo", "push 6\npush 7\nmul\nprint\npush 1\nmull\nhalt"),
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	total := 0;
	for(i := 0; i < len progs; i++){
		(name, src) := progs[i];
		code := assemble(src);
		if(i == 0)
			for(j := 0; j < len code; j++)
				sys->print("  %2d %-6s %d\n", j, names[code[j].op], code[j].arg);
		total += run(name, code);
		sys->print("total steps so far %d\n", total);
	}
}
