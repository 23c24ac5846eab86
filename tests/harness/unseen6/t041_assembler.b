implement Assembler;

include "sys.m";
	sys: Sys;
include "draw.m";

Assembler: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

AsmError: exception(int, string);
TooManyErrors: exception(int);

MAXERR: con 2;

Op: adt {
	name:	string;
	code:	int;
	nargs:	int;
};

optab := array[] of {
	Op("nop", 16r00, 0), Op("ld", 16r10, 2), Op("st", 16r20, 2),
	Op("add", 16r30, 2), Op("jmp", 16r40, 1), Op("jz", 16r41, 1), Op("hlt", 16rff, 0),
};

labels: list of (string, int);

regnum(s: string, line: int): int raises AsmError
{
	if(len s == 2 && s[0] == 'r' && s[1] >= '0' && s[1] <= '7')
		return s[1] - '0';
	if(len s > 0 && s[0] == '#')
		return 8 + (int s[1:] & 16r7);
	for(l := labels; l != nil; l = tl l)
		if((hd l).t0 == s)
			return (hd l).t1;
	raise AsmError(line, "bad operand " + s);
}

assemble(src: array of string): array of byte
{
	out := array[len src * 3] of byte;
	n := 0;
	errs := 0;
	# pass 1: labels
	pc := 0;
	for(i := 0; i < len src; i++){
		(nt, t) := sys->tokenize(src[i], " ,\t");
		if(nt == 0)
			continue;
		w := hd t;
		if(w[len w - 1] == ':')
			labels = (w[0:len w - 1], pc) :: labels;
		else
			pc += nt;
	}
	# pass 2: encode
	for(i = 0; i < len src; i++){
		(nt, t) := sys->tokenize(src[i], " ,\t");
		if(nt == 0 || (hd t)[len hd t - 1] == ':')
			continue;
		{
			op: ref Op;
			for(k := 0; k < len optab; k++)
				if(optab[k].name == hd t)
					op = ref optab[k];
			if(op == nil)
				raise AsmError(i+1, "unknown mnemonic " + hd t);
			if(nt - 1 != op.nargs)
				raise AsmError(i+1, sys->sprint("%s wants %d operands", op.name, op.nargs));
			out[n++] = byte op.code;
			for(t = tl t; t != nil; t = tl t)
				out[n++] = byte regnum(hd t, i+1);
		} exception e {
		AsmError =>
			(ln, msg) := e;
			sys->print("line %d: %s\n", ln, msg);
			errs++;
		}
		if(errs >= MAXERR)
			raise TooManyErrors(errs);
	}
	return out[0:n];
}

hexdump(b: array of byte)
{
	for(i := 0; i < len b; i += 8){
		s := sys->sprint("%.4x:", i);
		for(j := i; j < i+8 && j < len b; j++)
			s += sys->sprint(" %.2x", int b[j]);
		sys->print("%s\n", s);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	good := array[] of {
		"start:",
		"	ld r1, #5",
		"	ld r2, #1",
		"loop:",
		"	add r3, r2",
		"	jz done",
		"	jmp loop",
		"done:",
		"	st r3, #0",
		"	hlt",
	};
	code := assemble(good);
	sys->print("assembled %d bytes\n", len code);
	hexdump(code);
	labels = nil;
	bad := array[] of {
		"	ld r1, #5",
		"	mul r1, r2",
		"	ld r9, r1",
		"	add r1",
		"	hlt",
	};
	code = assemble(bad);
	sys->print("not reached: %d\n", len code);
}
