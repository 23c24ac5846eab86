implement RegAsm;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

RegAsm: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# a two-pass assembler for a tiny register machine with real registers;
# the machine runs in its own process and streams output lines back

Ins: adt {
	op:	string;
	a, b:	int;	# register numbers or jump target
	k:	real;
};

source := array[] of {
	"# newton iteration for sqrt(r0), compared with math->sqrt",
	"	set r0 2",
	"	set r1 1",
	"	set r3 6",
	"loop:	div r2 r0 r1",
	"	add r1 r2",
	"	half r1",
	"	out r1",
	"	dec r3",
	"	jnz r3 loop",
	"	sqrt r4 r0",
	"	out r4",
	"	halt",
};

reg(s: string): int
{
	if(len s < 2 || s[0] != 'r')
		raise "fail:bad register " + s;
	return int s[1:];
}

assemble(src: array of string): array of Ins
{
	labels: list of (string, int);
	n := 0;
	# pass 1: labels
	for(i := 0; i < len src; i++){
		(nt, t) := sys->tokenize(src[i], " \t");
		if(nt == 0 || (hd t)[0] == '#')
			continue;
		w := hd t;
		if(w[len w - 1] == ':'){
			labels = (w[0:len w - 1], n) :: labels;
			if(nt == 1)
				continue;
		}
		n++;
	}
	prog := array[n] of Ins;
	n = 0;
	# pass 2: encode
	for(i = 0; i < len src; i++){
		(nt, t) := sys->tokenize(src[i], " \t");
		if(nt == 0 || (hd t)[0] == '#')
			continue;
		w := hd t;
		if(w[len w - 1] == ':'){
			t = tl t;
			if(t == nil)
				continue;
		}
		in := Ins(hd t, 0, 0, 0.0);
		t = tl t;
		case in.op {
		"set" =>	in.a = reg(hd t); in.k = real hd tl t;
		"div" =>	in.a = reg(hd t); in.b = reg(hd tl t); in.k = real reg(hd tl tl t);
		"add" or "sqrt" =>	in.a = reg(hd t); in.b = reg(hd tl t);
		"half" or "out" or "dec" =>	in.a = reg(hd t);
		"jnz" =>
			in.a = reg(hd t);
			for(l := labels; l != nil; l = tl l)
				if((hd l).t0 == hd tl t)
					in.b = (hd l).t1;
		}
		prog[n++] = in;
	}
	sys->print("assembled %d instructions\n", n);
	return prog;
}

machine(prog: array of Ins, out: chan of string)
{
	r := array[8] of {* => 0.0};
	steps := 0;
	for(pc := 0; pc < len prog; pc++){
		i := prog[pc];
		steps++;
		case i.op {
		"set" =>	r[i.a] = i.k;
		"div" =>	r[i.a] = r[i.b] / r[int i.k];
		"add" =>	r[i.a] += r[i.b];
		"half" =>	r[i.a] /= 2.0;
		"dec" =>	r[i.a] -= 1.0;
		"sqrt" =>	r[i.a] = math->sqrt(r[i.b]);
		"out" =>	out <-= sys->sprint("pc=%2d r%d = %.15f", pc, i.a, r[i.a]);
		"jnz" =>
			if(r[i.a] != 0.0)
				pc = i.b - 1;
		"halt" =>
			out <-= sys->sprint("halt after %d steps", steps);
			out <-= nil;
			return;
		}
	}
	out <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	prog := assemble(source);
	out := chan of string;
	spawn machine(prog, out);
	while((s := <-out) != nil)
		sys->print("%s\n", s);
	sys->print("pow(2, 0.5) = %.15f, diff from sqrt %g\n",
		math->pow(2.0, 0.5), math->pow(2.0, 0.5) - math->sqrt(2.0));
	{
		assemble(array[] of {"top:", "set x9 1"});
	}exception e{
	"fail:*" =>
		sys->fprint(sys->fildes(2), "regasm: %s\n", e[5:]);
	}
}
