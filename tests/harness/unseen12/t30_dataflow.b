implement Dataflow;

include "sys.m";
	sys: Sys;
include "draw.m";

Dataflow: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Val: adt {
	gen:	int;
	v:	int;
};

Cell: adt {
	name:	string;
	op:	string;		# "const", "+", "-", "*", "max", "sum"
	args:	array of int;	# indices of input cells
	k:	int;		# constant value
	ins:	array of chan of ref Val;	# one channel per argument
	outs:	list of chan of ref Val;
};

sheet := array[] of {
	("A1", "10"), ("A2", "32"), ("A3", "+ A1 A2"),
	("B1", "* A3 A1"), ("B2", "- B1 A2"), ("B3", "max A2 B2 A1"),
	("C1", "sum A1 A2 A3 B1 B2 B3"), ("C2", "- C1 B1"),
};

cells: array of ref Cell;

index(name: string): int
{
	for(i := 0; i < len cells; i++)
		if(cells[i].name == name)
			return i;
	raise "fail:unknown cell " + name;
}

parse()
{
	cells = array[len sheet] of ref Cell;
	for(i := 0; i < len sheet; i++){
		(n, nil) := sheet[i];
		cells[i] = ref Cell(n, "const", nil, 0, nil, nil);
	}
	for(i = 0; i < len sheet; i++){
		(nil, f) := sheet[i];
		(nt, toks) := sys->tokenize(f, " ");
		c := cells[i];
		if(nt == 1){
			c.k = int hd toks;
			continue;
		}
		c.op = hd toks;
		c.args = array[nt-1] of int;
		c.ins = array[nt-1] of chan of ref Val;
		j := 0;
		for(toks = tl toks; toks != nil; toks = tl toks){
			src := index(hd toks);
			c.args[j] = src;
			c.ins[j] = chan[2] of ref Val;
			cells[src].outs = c.ins[j] :: cells[src].outs;
			j++;
		}
	}
}

# a cell: wait for every input of a generation, compute, pass the value on
cellproc(c: ref Cell, consts: chan of ref Val, result: chan of ref Val)
{
	for(;;){
		val: ref Val;
		if(c.op == "const")
			val = <-consts;
		else{
			xs := array[len c.ins] of int;
			gen := -1;
			for(i := 0; i < len c.ins; i++){
				in := <-c.ins[i];
				if(in == nil)
					gen = -2;	# stop once all inputs are drained
				else{
					if(gen == -1)
						gen = in.gen;
					xs[i] = in.v;
				}
			}
			if(gen >= 0)
				val = ref Val(gen, apply(c.op, xs));
		}
		for(l := c.outs; l != nil; l = tl l)
			hd l <-= val;
		result <-= val;
		if(val == nil)
			return;
	}
}

apply(op: string, xs: array of int): int
{
	r := xs[0];
	for(i := 1; i < len xs; i++)
		case op {
		"+" or "sum" =>	r += xs[i];
		"-" =>	r -= xs[i];
		"*" =>	r *= xs[i];
		"max" =>	if(xs[i] > r) r = xs[i];
		* =>	raise "fail:bad op " + op;
		}
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	parse();
	n := len cells;
	consts := array[n] of chan of ref Val;
	results := array[n] of chan of ref Val;
	for(i := 0; i < n; i++){
		consts[i] = chan[1] of ref Val;
		results[i] = chan of ref Val;
		spawn cellproc(cells[i], consts[i], results[i]);
	}
	edits := array[] of {("", 0), ("A1", 3), ("A2", 50)};
	for(g := 0; g < len edits; g++){
		if(g > 0){
			(name, v) := edits[g];
			cells[index(name)].k = v;
			sys->print("-- set %s = %d\n", name, v);
		}
		for(i = 0; i < n; i++)
			if(cells[i].op == "const")
				consts[i] <-= ref Val(g, cells[i].k);
		vals := array[n] of int;
		for(k := 0; k < n; k++){
			(who, v) := <-results;	# any order; filed by cell
			if(v.gen != g)
				raise "fail:generation mix-up";
			vals[who] = v.v;
		}
		line := sys->sprint("gen %d:", g);
		for(i = 0; i < n; i++)
			line += sys->sprint(" %s=%d", cells[i].name, vals[i]);
		sys->print("%s\n", line);
	}
	# shut down: a nil flows from the constants through the whole graph
	for(i = 0; i < n; i++)
		if(cells[i].op == "const")
			consts[i] <-= nil;
	for(k := 0; k < n; k++)
		<-results;
	sys->print("%d cells stopped\n", n);
}
