implement BfInterp;

include "sys.m";
	sys: Sys;
include "draw.m";

BfInterp: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# brainf*ck compiled to a compact op list with run-length folding
OADD, OMOVE, OOUT, OIN, OJZ, OJNZ, OCLEAR: con iota;

Op: adt {
	code:	int;
	arg:	int;
};

Program: adt {
	ops:	array of Op;
	n:	int;
	compile:	fn(src: string): ref Program;
	emit:	fn(p: self ref Program, code, arg: int);
	listing:	fn(p: self ref Program): string;
};

Tape: adt {
	cells:	array of byte;
	ptr:	int;
	maxptr:	int;
};

Machine: adt {
	prog:	ref Program;
	tape:	ref Tape;
	input:	string;
	inpos:	int;
	output:	string;
	steps:	int;
	run:	fn(m: self ref Machine, limit: int): int;
};

Program.emit(p: self ref Program, code, arg: int)
{
	if(p.n > 0 && (code == OADD || code == OMOVE) && p.ops[p.n-1].code == code){
		p.ops[p.n-1].arg += arg;
		return;
	}
	p.ops[p.n++] = Op(code, arg);
}

Program.compile(src: string): ref Program
{
	p := ref Program(array[len src + 1] of Op, 0);
	stack := array[64] of int;
	sp := 0;
	for(i := 0; i < len src; i++){
		case src[i] {
		'+' =>	p.emit(OADD, 1);
		'-' =>	p.emit(OADD, -1);
		'>' =>	p.emit(OMOVE, 1);
		'<' =>	p.emit(OMOVE, -1);
		'.' =>	p.emit(OOUT, 0);
		',' =>	p.emit(OIN, 0);
		'[' =>
			if(i+2 < len src && src[i:i+3] == "[-]"){
				p.emit(OCLEAR, 0);
				i += 2;
				continue;
			}
			stack[sp++] = p.n;
			p.emit(OJZ, 0);
		']' =>
			if(sp == 0) raise sys->sprint("bf: unmatched ] at %d", i);
			open := stack[--sp];
			p.ops[open].arg = p.n;
			p.emit(OJNZ, open);
		}
	}
	if(sp != 0) raise "bf: unmatched [";
	return p;
}

Program.listing(p: self ref Program): string
{
	names := array[] of {"add", "mov", "out", "in", "jz", "jnz", "clr"};
	s := "";
	for(i := 0; i < p.n && i < 12; i++)
		s += sys->sprint("%s%d ", names[p.ops[i].code], p.ops[i].arg);
	return s;
}

Machine.run(m: self ref Machine, limit: int): int
{
	t := m.tape;
	ops := m.prog.ops;
	for(pc := 0; pc < m.prog.n; pc++){
		if(++m.steps > limit) return 0;
		o := ops[pc];
		case o.code {
		OADD =>	t.cells[t.ptr] += byte o.arg;
		OMOVE =>
			t.ptr += o.arg;
			if(t.ptr < 0 || t.ptr >= len t.cells) raise "bf: tape overrun";
			if(t.ptr > t.maxptr)
				t.maxptr = t.ptr;
		OOUT =>	m.output[len m.output] = int t.cells[t.ptr];
		OIN =>
			if(m.inpos < len m.input)
				t.cells[t.ptr] = byte m.input[m.inpos++];
			else
				t.cells[t.ptr] = byte 0;
		OJZ =>	if(t.cells[t.ptr] == byte 0) pc = o.arg;
		OJNZ =>	if(t.cells[t.ptr] != byte 0) pc = o.arg;
		OCLEAR =>	t.cells[t.ptr] = byte 0;
		}
	}
	return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	progs := array[] of {
		("hello", "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.", ""),
		("rev", ">,[>,]<[.<]", "stressed"),
		("upper", ",[>++++[<-------->-]<.[-],]", "limbo"),
		("add", ",>,[<+>-]<------------------------------------------------.", "34"),
		("loop", "+[]", ""),
		("bad", "+[[->+<]", ""),
		("off", "<<+", ""),
	};
	for(i := 0; i < len progs; i++){
		(name, src, input) := progs[i];
		{
			p := Program.compile(src);
			m := ref Machine(p, ref Tape(array[64] of {* => byte 0}, 0, 0), input, 0, "", 0);
			done := m.run(10000);
			out := m.output;
			if(len out > 0 && out[len out-1] == '\n')
				out = out[0:len out-1];
			sys->print("%-6s %3d ops %5d steps tape %2d: \"%s\"", name, p.n, m.steps, m.tape.maxptr+1, out);
			if(!done)
				sys->print(" (step limit)");
			sys->print("\n");
			if(i == 0)
				sys->print("       %s...\n", p.listing());
		} exception e {
		"bf:*" =>
			sys->fprint(sys->fildes(2), "%-6s error: %s\n", name, e[4:]);
		}
	}
}
