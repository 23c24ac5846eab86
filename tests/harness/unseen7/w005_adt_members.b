implement AdtMembers;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtMembers: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Pipeline: adt {
	name: string;
	stages: list of ref fn(x: int): int;
	history: array of int;
	out: chan of int;
	nhist: int;
	run: fn(p: self ref Pipeline, x: int): int;
};

double(x: int): int { return 2 * x; }
inc(x: int): int { return x + 1; }
square(x: int): int { return x * x; }

Pipeline.run(p: self ref Pipeline, x: int): int
{
	for(l := p.stages; l != nil; l = tl l){
		f := hd l;
		x = f(x);
	}
	if(p.nhist < len p.history)
		p.history[p.nhist++] = x;
	return x;
}

consumer(c: chan of int, done: chan of string)
{
	sum := 0;
	for(;;){
		v := <-c;
		if(v < 0)
			break;
		sum += v;
	}
	done <-= sys->sprint("consumer sum %d", sum);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := ref Pipeline("p1", double :: inc :: square :: nil, array[4] of int, chan of int, 0);
	done := chan of string;
	spawn consumer(p.out, done);
	for(i := 0; i < 6; i++){
		r := p.run(i);
		sys->print("run(%d) = %d\n", i, r);
		p.out <-= r;
	}
	p.out <-= -1;
	sys->print("%s\n", <-done);
	sys->print("history:");
	for(i = 0; i < p.nhist; i++)
		sys->print(" %d", p.history[i]);
	sys->print("\n");
	sys->print("stages=%d\n", len p.stages);
}
