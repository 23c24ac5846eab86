implement AdtStructuralEq;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtStructuralEq: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

# adts with the same field names and types are the same type to the compiler
A: adt {
	x, y: int;
};

B: adt {
	x, y: int;
};

Na: adt {
	s: string;
	next: cyclic ref Na;
};

Nb: adt {
	s: string;
	next: cyclic ref Nb;
};

showb(b: B): string
{
	return sys->sprint("B(%d,%d)", b.x, b.y);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := A(1, 2);
	b: B;
	b = a;
	sys->print("value %s\n", showb(b));
	sys->print("param %s\n", showb(A(3, 4)));
	ra := ref A(5, 6);
	rb: ref B = ra;
	rb.x = 50;
	sys->print("ref shared %d same %d\n", ra.x, ra == rb);
	la: list of A = A(7, 8) :: nil;
	lb: list of B = la;
	sys->print("list %s\n", showb(hd lb));
	arrb: array of B = array[] of {A(9, 9)};
	sys->print("array %s\n", showb(arrb[0]));
	n := ref Na("a", ref Na("b", nil));
	m: ref Nb = n;
	sys->print("cyclic %s %s\n", m.s, m.next.s);
}
