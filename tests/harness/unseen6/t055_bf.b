implement Bf;

include "sys.m";
	sys: Sys;
include "draw.m";

Bf: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Instr: adt {
	op:	int;
	arg:	int;
};

TAPE: con 300;

compile(src: string): array of Instr
{
	code := array[len src + 1] of Instr;
	n := 0;
	stack: list of int;
	for(i := 0; i < len src; i++){
		c := src[i];
		case c {
		'+' or '-' or '>' or '<' =>
			# run-length fold
			k := 1;
			while(i+1 < len src && src[i+1] == c){
				k++;
				i++;
			}
			if(n > 0 && code[n-1].op == c)
				code[n-1].arg += k;
			else
				code[n++] = Instr(c, k);
		'.' or ',' =>
			code[n++] = Instr(c, 0);
		'[' =>
			stack = n :: stack;
			code[n++] = Instr(c, -1);
		']' =>
			if(stack == nil)
				raise sys->sprint("bf: unmatched ] at %d", i);
			o := hd stack;
			stack = tl stack;
			code[o].arg = n;
			code[n++] = Instr(c, o);
		}
	}
	if(stack != nil)
		raise "bf: unmatched [";
	return code[0:n];
}

run(code: array of Instr, input: string, limit: int): (string, int)
{
	tape := array[TAPE] of {* => byte 0};
	p := 0;
	out := "";
	inp := 0;
	steps := 0;
	for(pc := 0; pc < len code; pc++){
		if(++steps > limit)
			raise "bf: step limit";
		ins := code[pc];
		case ins.op {
		'+' => tape[p] += byte ins.arg;
		'-' => tape[p] -= byte ins.arg;
		'>' =>
			p += ins.arg;
			if(p >= TAPE)
				raise "bf: tape overflow";
		'<' =>
			p -= ins.arg;
			if(p < 0)
				raise "bf: tape underflow";
		'.' => out[len out] = int tape[p];
		',' =>
			if(inp < len input)
				tape[p] = byte input[inp++];
			else
				tape[p] = byte 0;
		'[' =>
			if(tape[p] == byte 0)
				pc = ins.arg;
		']' =>
			if(tape[p] != byte 0)
				pc = ins.arg;
		}
	}
	return (out, steps);
}

progs := array[] of {
	("hello", "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.", ""),
	("rev", ">,[>,]<[.<]", "stressed"),
	("upper", ",[>++++[<-------->-]<.,]", "limbo"),
	("add", ",>,[<+>-]<------------------------------------------------.", "34"),
	("wrap", "-.", ""),
	("bad", "+[.]]", ""),
	("loop", "+[]", ""),
	("left", "<+", ""),
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < len progs; i++){
		(name, src, input) := progs[i];
		{
			code := compile(src);
			(out, steps) := run(code, input, 100000);
			vis := "";
			for(k := 0; k < len out; k++)
				if(out[k] < 32 || out[k] > 126)
					vis += sys->sprint("\\x%.2x", out[k]);
				else
					vis[len vis] = out[k];
			sys->print("%-6s %3d instrs %6d steps -> %s\n", name, len code, steps, vis);
		} exception e {
		"bf:*" =>
			sys->print("%-6s error: %s\n", name, e[4:]);
		}
	}
}
