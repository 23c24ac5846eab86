implement AssignValues, Helper;

# the value of a slice assignment is the whole base array; ref of a tuple; an array of
# tuples whose members are refs to different pick variants; the A+B module name

include "sys.m";
	sys: Sys;
include "draw.m";

AssignValues: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Helper: module
{
	twice:	fn(n: int): int;
};

Shape: adt {
	pick {
	Circle =>
		r:	int;
	Square =>
		side:	int;
	}
};

twice(n: int): int
{
	return 2*n;
}

grow(a: array of int): array of int
{
	return (array[2*len a] of int)[0:] = a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {1, 2, 3};
	b := array[6] of int;
	c := b[1:] = a;
	sys->print("len %d c0 %d c1 %d\n", len c, c[0], c[1]);
	c[0] = 9;
	sys->print("b0 %d a0 %d\n", b[0], a[0]);
	g := grow(a);
	sys->print("grown %d: %d %d %d %d\n", len g, g[0], g[2], g[3], g[5]);

	p := ref (7, "seven");
	(n, s) := *p;
	sys->print("ref tuple %d %s\n", n, s);
	l := ref (1, "one") :: ref (2, "two") :: nil;
	(n, s) = *hd tl l;
	sys->print("list of ref tuples %d %s\n", n, s);

	shapes := array[] of {
		(1, ref Shape.Circle(3)),
		(2, ref Shape.Square(4)),
		(3, ref Shape.Circle(5)),
	};
	for(i := 0; i < len shapes; i++){
		(k, sh) := shapes[i];
		pick x := sh {
		Circle =>
			sys->print("%d circle %d\n", k, x.r);
		Square =>
			sys->print("%d square %d\n", k, x.side);
		}
	}
	h := load Helper "$self";
	sys->print("helper %d\n", h->twice(21));
	b[len b] = 1;
}
