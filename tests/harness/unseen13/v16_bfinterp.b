implement BFInterp;

include "sys.m";
	sys: Sys;
include "draw.m";

BFInterp: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# compile brainf*** to a small op array with run-length folding and
# precomputed jump targets, then interpret it

Op: adt {
	kind:	int;
	n:	int;
};

compile(src: string): array of Op
{
	ops := array[len src + 1] of Op;
	n := 0;
	stack := array[64] of int;
	sp := 0;
	for(i := 0; i < len src; i++){
		c := src[i];
		case c {
		'+' or '-' or '>' or '<' =>
			if(n > 0 && ops[n-1].kind == c)
				ops[n-1].n++;
			else
				ops[n++] = Op(c, 1);
		'.' or ',' =>
			ops[n++] = Op(c, 0);
		'[' =>
			stack[sp++] = n;
			ops[n++] = Op('[', 0);
		']' =>
			if(sp == 0)
				raise "fail:unbalanced ]";
			open := stack[--sp];
			ops[open].n = n;
			ops[n++] = Op(']', open);
		}
	}
	if(sp != 0)
		raise "fail:unbalanced [";
	return ops[0:n];
}

run(name: string, src: string)
{
	ops := compile(src);
	tape := array[300] of {* => byte 0};
	p := 0;
	out := "";
	steps := 0;
	for(pc := 0; pc < len ops; pc++){
		steps++;
		o := ops[pc];
		case o.kind {
		'+' =>	tape[p] += byte o.n;
		'-' =>	tape[p] -= byte o.n;
		'>' =>	p += o.n;
		'<' =>	p -= o.n;
		'.' =>	out[len out] = int tape[p];
		',' =>	tape[p] = byte 0;
		'[' =>
			if(tape[p] == byte 0)
				pc = o.n;
		']' =>
			if(tape[p] != byte 0)
				pc = o.n;
		}
	}
	sys->print("%s: %d chars -> %d ops, %d steps, ptr=%d\n", name, len src, len ops, steps, p);
	sys->print("  output: %q\n", out);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.";
	run("hello", hello);
	# print digits 0..9: cell1 = '0' (8*6), cell2 = loop counter 10
	digits := "++++++++[>++++++<-]>>++++++++++[<.+>-]";
	run("digits", digits);
	# multiply 6*7 and print as a char (42 = '*')
	run("mul", "++++++[>+++++++<-]>.");
	{
		run("broken", "+[>+<-]]");
	}exception e{
	"fail:*" =>
		sys->print("broken: %s\n", e[5:]);
	}
}
