implement PipelineStages;

# A chain of string-transforming stages, each a thread; nil ends the stream.
# Stage order is fixed, so the output is the composition of the stages.

include "sys.m";
	sys: Sys;
include "draw.m";

PipelineStages: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Stage: type ref fn(s: string): string;

upper(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] += 'A' - 'a';
	return s;
}

rev(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

brack(s: string): string
{
	return "[" + s + "]";
}

dup(s: string): string
{
	return s + s;
}

stage(name: string, f: Stage, in, out: chan of string, count: chan of (string, int))
{
	n := 0;
	while((s := <-in) != nil){
		out <-= f(s);
		n++;
	}
	out <-= nil;
	count <-= (name, n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names := array[] of {"upper", "rev", "brack", "dup", "brack"};
	fns := array[] of {upper, rev, brack, dup, brack};
	count := chan[len names] of (string, int);
	first := chan of string;
	c := first;
	for(i := 0; i < len fns; i++){
		nc := chan of string;
		spawn stage(names[i], fns[i], c, nc, count);
		c = nc;
	}
	words := array[] of {"alpha", "beta", "Gamma", "x", "limbo dis"};
	spawn feed(first, words);
	while((s := <-c) != nil)
		sys->print("%s\n", s);
	for(i = 0; i < len names; i++){
		(nm, n) := <-count;
		sys->print("stage %s: %d\n", nm, n);
	}
}

feed(c: chan of string, words: array of string)
{
	for(i := 0; i < len words; i++)
		c <-= words[i];
	c <-= nil;
}
