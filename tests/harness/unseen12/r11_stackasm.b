implement StackAsm;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

StackAsm: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

SRC: con "/tmp/r_stackasm.s";

PROGRAM := "; factorials and a countdown\n" +
	"        push 1\n" +
	"        store n\n" +
	"loop:   load n\n" +
	"        call fact\n" +
	"        print\n" +
	"        load n\n" +
	"        push 1\n" +
	"        add\n" +
	"        dup\n" +
	"        store n\n" +
	"        push 8    ; stop after 7!\n" +
	"        lt\n" +
	"        jnz loop\n" +
	"        halt\n" +
	"fact:   dup       ; n -> n!\n" +
	"        push 2\n" +
	"        lt\n" +
	"        jnz done\n" +
	"        dup\n" +
	"        push -1\n" +
	"        add\n" +
	"        call fact\n" +
	"        mul\n" +
	"done:   ret\n";

Tok: adt {
	kind:	int;
	text:	string;
	line:	int;
};
Tword, Tnum, Tlabel, Tnl, Teof: con iota;

Lexer: adt {
	in:	ref Iobuf;
	line:	int;

	next:	fn(l: self ref Lexer): ref Tok;
};

Lexer.next(l: self ref Lexer): ref Tok
{
	c := l.in.getc();
	while(c == ' ' || c == '\t')
		c = l.in.getc();
	if(c == ';')
		while((c = l.in.getc()) != '\n' && c != Bufio->EOF)
			;
	if(c == Bufio->EOF)
		return ref Tok(Teof, nil, l.line);
	if(c == '\n')
		return ref Tok(Tnl, nil, l.line++);
	s := "";
	while(c != Bufio->EOF && c != ' ' && c != '\t' && c != '\n' && c != ':' && c != ';'){
		s[len s] = c;
		c = l.in.getc();
	}
	if(c == ':')
		return ref Tok(Tlabel, s, l.line);
	if(c != Bufio->EOF)
		l.in.ungetc();
	if(s[0] == '-' || (s[0] >= '0' && s[0] <= '9'))
		return ref Tok(Tnum, s, l.line);
	return ref Tok(Tword, s, l.line);
}

Instr: adt {
	op:	string;
	arg:	string;
	line:	int;
};

Bad: exception(string);

assemble(in: ref Iobuf): (array of ref Instr, list of (string, int)) raises Bad
{
	lx := ref Lexer(in, 1);
	code := array[64] of ref Instr;
	n := 0;
	labels: list of (string, int);
	for(;;){
		t := lx.next();
		case t.kind {
		Teof =>
			return (code[0:n], labels);
		Tnl =>
			;
		Tlabel =>
			labels = (t.text, n) :: labels;
		Tword =>
			arg := lx.next();
			if(arg.kind == Tword || arg.kind == Tnum){
				code[n++] = ref Instr(t.text, arg.text, t.line);
			}else{
				code[n++] = ref Instr(t.text, nil, t.line);
				if(arg.kind == Teof)
					return (code[0:n], labels);
			}
		* =>
			raise Bad(sys->sprint("line %d: unexpected %s", t.line, t.text));
		}
	}
}

lookup(labels: list of (string, int), name: string): int raises Bad
{
	for(; labels != nil; labels = tl labels)
		if((hd labels).t0 == name)
			return (hd labels).t1;
	raise Bad("undefined label " + name);
}

run(code: array of ref Instr, labels: list of (string, int)): int raises Bad
{
	stack := array[32] of int;
	sp := 0;
	rets := array[32] of int;
	rp := 0;
	vars: list of (string, int);
	steps := 0;
	for(pc := 0; pc < len code; ){
		i := code[pc++];
		steps++;
		case i.op {
		"push" =>	stack[sp++] = int i.arg;
		"dup" =>	stack[sp] = stack[sp-1]; sp++;
		"add" =>	sp--; stack[sp-1] += stack[sp];
		"mul" =>	sp--; stack[sp-1] *= stack[sp];
		"lt" =>	sp--; stack[sp-1] = stack[sp-1] < stack[sp];
		"print" =>	sys->print("%d\n", stack[--sp]);
		"store" =>	vars = (i.arg, stack[--sp]) :: vars;
		"load" =>
			for(v := vars; v != nil && (hd v).t0 != i.arg; v = tl v)
				;
			stack[sp++] = (hd v).t1;
		"jnz" =>	if(stack[--sp])
				pc = lookup(labels, i.arg);
		"call" =>	rets[rp++] = pc; pc = lookup(labels, i.arg);
		"ret" =>	pc = rets[--rp];
		"halt" =>	return steps;
		* =>	raise Bad(sys->sprint("line %d: unknown op %s", i.line, i.op));
		}
	}
	return steps;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;

	out := bufio->create(SRC, Bufio->OWRITE, 8r644);
	for(i := 0; i < len PROGRAM; i++)
		out.putc(PROGRAM[i]);
	out.close();

	in := bufio->open(SRC, Bufio->OREAD);
	{
		(code, labels) := assemble(in);
		sys->print("%d instructions, %d labels\n", len code, len labels);
		steps := run(code, labels);
		sys->print("halted after %d steps\n", steps);
		sys->print("running a broken program:\n");
		run(array[] of {ref Instr("push", "2", 1), ref Instr("jump", "x", 2)}, nil);
	} exception e {
	Bad =>
		sys->fprint(sys->fildes(2), "asm: %s\n", e);
	}
	sys->remove(SRC);
}
