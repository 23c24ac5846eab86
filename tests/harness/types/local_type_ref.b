implement LocalTypeRef;

# a block's own type names an adt instance for ref T(...); an adt's function with
# its own type parameters, S.twice[T](...) (appl/lib/sexprs.b)
include "sys.m";
	sys: Sys;
include "draw.m";
LocalTypeRef: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Rd: adt[T] {
	t: T;
	n: int;
};
S: adt {
	x: int;
	twice: fn[T](v: T, n: int): int;
};
S.twice[T](v: T, n: int): int
{
	r := ref Rd[T](v, n);
	return r.n * 2;
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 2; i++){
		case i {
		0 =>
			ht: type Rd[string];
			nr := ref ht("a", 5);
			sys->print("%s %d\n", nr.t, nr.n);
		1 =>
			P: type (int, string);
			p: P = (3, "p");
			sys->print("%d %s %d\n", p.t0, p.t1, S.twice("z", 21));
		}
	}
}
