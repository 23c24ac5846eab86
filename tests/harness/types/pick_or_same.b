implement PickOrSame;

include "sys.m";
	sys: Sys;
include "draw.m";

PickOrSame: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

# variants with identical field lists may share a pick arm
Op: adt {
	pos: int;
	pick {
	Add or Sub =>
		a, b: int;
	Mul =>
		a, b: int;
	Neg =>
		a: int;
	Nop or Halt =>
	}
};

eval(o: ref Op): string
{
	pick x := o {
	Add or Mul =>
		return sys->sprint("binary a=%d b=%d pos=%d", x.a, x.b, x.pos);
	Sub =>
		return sys->sprint("sub %d", x.a - x.b);
	Neg =>
		return sys->sprint("neg %d", -x.a);
	Nop or Halt =>
		return sys->sprint("empty pos=%d", x.pos);
	}
	return "none";
}

partial(o: ref Op): string
{
	r := "start";
	pick x := o {
	Neg =>
		r = "neg";
	Add =>
		r = "add " + string x.a;
	}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ops := ref Op.Add(0, 1, 2) :: ref Op.Sub(1, 10, 3) :: ref Op.Mul(2, 4, 5) ::
		ref Op.Neg(3, 8) :: ref Op.Nop(4) :: ref Op.Halt(5) :: nil;
	for(l := ops; l != nil; l = tl l){
		o := hd l;
		sys->print("tag %d: %s | %s\n", tagof o, eval(o), partial(o));
	}
	sys->print("tags %d %d %d %d %d %d\n", tagof Op.Add, tagof Op.Sub, tagof Op.Mul,
		tagof Op.Neg, tagof Op.Nop, tagof Op.Halt);
	s := ref Op.Sub(7, 1, 1);
	s.a = 100;
	o: ref Op = s;
	sys->print("%s\n", eval(o));
}
