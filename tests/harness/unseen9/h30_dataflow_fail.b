#args: 3,4 5,12 8,15 2,3 20,21
implement DataflowFail;

include "sys.m";
	sys: Sys;
include "draw.m";

DataflowFail: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

# each cell is a prog: it waits for one value on every input wire,
# combines them, and sends the result down every output wire.
Cell: adt {
	name:	string;
	op:	string;
	ins:	array of chan of int;
	outs:	list of chan of int;
	idx:	int;

	run:	fn(c: self ref Cell, gens: int, report: chan of (int, int));
};

Cell.run(c: self ref Cell, gens: int, report: chan of (int, int))
{
	for(g := 0; g < gens; g++){
		v := array[len c.ins] of int;
		for(i := 0; i < len c.ins; i++)
			v[i] = <-c.ins[i];
		r := 0;
		case c.op {
		"id" =>	r = v[0];
		"sq" =>	r = v[0]*v[0];
		"add" =>	r = v[0] + v[1];
		"sqrt" =>	r = isqrt(v[0]);
		"sub" =>	r = v[0] - v[1] - v[2];
		}
		for(l := c.outs; l != nil; l = tl l)
			(hd l) <-= r;
		report <-= (c.idx, r);
	}
}

isqrt(n: int): int
{
	r := 0;
	while((r+1)*(r+1) <= n)
		r++;
	return r;
}

wire(): chan of int
{
	return chan[1] of int;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	pairs: list of (int, int);
	if(args != nil)
		args = tl args;
	for(; args != nil; args = tl args){
		(n, f) := sys->tokenize(hd args, ",");
		if(n == 2)
			pairs = (int hd f, int hd tl f) :: pairs;
	}
	gens := array[len pairs] of (int, int);
	for(i := len gens - 1; i >= 0; i--){
		gens[i] = hd pairs;
		pairs = tl pairs;
	}

	# wires
	ina := wire(); inb := wire();
	a2c := wire(); a2g := wire(); b2d := wire(); b2g := wire();
	c2e := wire(); d2e := wire(); e2f := wire(); f2g := wire();
	cells := array[] of {
		ref Cell("a", "id", array[] of {ina}, a2c :: a2g :: nil, 0),
		ref Cell("b", "id", array[] of {inb}, b2d :: b2g :: nil, 1),
		ref Cell("a*a", "sq", array[] of {a2c}, c2e :: nil, 2),
		ref Cell("b*b", "sq", array[] of {b2d}, d2e :: nil, 3),
		ref Cell("sum", "add", array[] of {c2e, d2e}, e2f :: nil, 4),
		ref Cell("hyp", "sqrt", array[] of {e2f}, f2g :: nil, 5),
		ref Cell("slack", "sub", array[] of {f2g, a2g, b2g}, nil, 6),
	};
	report := chan of (int, int);
	for(i = 0; i < len cells; i++)
		spawn cells[i].run(len gens, report);

	hdr := "";
	for(i = 0; i < len cells; i++)
		hdr += sys->sprint(" %6s", cells[i].name);
	sys->print("gen%s\n", hdr);
	bad := 0;
	for(g := 0; g < len gens; g++){
		(a, b) := gens[g];
		ina <-= a;
		inb <-= b;
		vals := array[len cells] of int;
		for(k := 0; k < len cells; k++){
			(ci, v) := <-report;
			vals[ci] = v;
		}
		s := "";
		for(k = 0; k < len cells; k++)
			s += sys->sprint(" %6d", vals[k]);
		sys->print("%3d%s\n", g, s);
		if(vals[5]*vals[5] != vals[4]){
			sys->print("    %d,%d is not a pythagorean pair\n", a, b);
			bad++;
		}
	}
	if(bad)
		raise "fail:" + string bad + " generation(s) not right triangles";
	sys->print("all right triangles\n");
}
