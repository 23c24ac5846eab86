implement PipeStages;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

PipeStages: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# stage 1: write the numbers 1..n, one per line
generate(out: ref Sys->FD, n: int, done: chan of string)
{
	for(i := 1; i <= n; i++)
		sys->fprint(out, "%d\n", i);
	out = nil;
	done <-= sys->sprint("generator wrote %d lines", n);
}

# stage 2: keep multiples of 3, emit "n n*n"
filter(in, out: ref Sys->FD, done: chan of string)
{
	b := bufio->fopen(in, Bufio->OREAD);
	kept := 0;
	seen := 0;
	while((s := b.gets('\n')) != nil){
		seen++;
		n := int s;
		if(n % 3 == 0){
			sys->fprint(out, "%d %d\n", n, n*n);
			kept++;
		}
	}
	b.close();
	out = nil;
	done <-= sys->sprint("filter saw %d kept %d", seen, kept);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;

	p1 := array[2] of ref Sys->FD;
	p2 := array[2] of ref Sys->FD;
	if(sys->pipe(p1) < 0 || sys->pipe(p2) < 0){
		sys->print("pipe: %r\n");
		return;
	}
	done := chan of string;
	spawn generate(p1[1], 20, done);
	spawn filter(p1[0], p2[1], done);
	# drop our references to the ends the stages own
	p1[0] = p1[1] = nil;
	p2[1] = nil;

	msgs: list of string;
	out := bufio->fopen(p2[0], Bufio->OREAD);
	total := 0;
	lines := 0;
	while((s := out.gets('\n')) != nil){
		(nil, f) := sys->tokenize(s, " \n");
		sq := int hd tl f;
		total += sq;
		lines++;
		sys->print("got %s -> square %d\n", hd f, sq);
	}
	msgs = <-done :: msgs;
	msgs = <-done :: msgs;
	sys->print("lines=%d sum of squares=%d\n", lines, total);
	# the two status messages may arrive in either order: print sorted
	a := hd msgs;
	b := hd tl msgs;
	if(b < a)
		(a, b) = (b, a);
	sys->print("%s\n%s\n", a, b);
}
