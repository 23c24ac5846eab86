#args: 25 3
implement FdPipeline;

include "sys.m";
	sys: Sys;
include "draw.m";

FdPipeline: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# each stage behaves like a little command: it reads fd 0 and writes fd 1,
# which are wired to pipes before it starts, the way the shell would do it.

Stage: type ref fn(arg: int): int;

words := array[] of {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

spell(n: int): string
{
	if(n < 10)
		return words[n];
	return spell(n/10) + "-" + words[n%10];
}

# emit numbers 1..n with their spelling
gen(n: int): int
{
	for(i := 1; i <= n; i++)
		sys->print("%d %s\n", i, spell(i));
	return n;
}

# line-at-a-time reader on fd 0
lines(): list of string
{
	in := sys->fildes(0);
	buf := array[64] of byte;
	acc := "";
	r: list of string;
	while((n := sys->read(in, buf, len buf)) > 0)
		acc += string buf[0:n];
	(nil, l) := sys->tokenize(acc, "\n");
	for(; l != nil; l = tl l)
		r = hd l :: r;
	for(; r != nil; r = tl r)
		l = hd r :: l;
	return l;
}

# keep lines whose number is a multiple of k or contains the digit k
choose(k: int): int
{
	kept := 0;
	for(l := lines(); l != nil; l = tl l){
		(nil, f) := sys->tokenize(hd l, " ");
		v := int hd f;
		if(v % k == 0 || hasdigit(hd f, '0'+k)){
			sys->print("%s\n", hd l);
			kept++;
		}
	}
	return kept;
}

hasdigit(s: string, d: int): int
{
	for(i := 0; i < len s; i++)
		if(s[i] == d)
			return 1;
	return 0;
}

# number the lines and measure them
number(nil: int): int
{
	n := 0;
	for(l := lines(); l != nil; l = tl l)
		sys->print("%3d: %-22s|%d\n", ++n, hd l, len hd l);
	return n;
}

run(name: string, f: Stage, arg: int, in, out: ref Sys->FD, report: chan of string)
{
	sys->pctl(Sys->FORKFD, nil);
	if(in != nil)
		sys->dup(in.fd, 0);
	sys->dup(out.fd, 1);
	in = out = nil;
	sys->pctl(Sys->NEWFD, 0 :: 1 :: 2 :: nil);
	r := f(arg);
	report <-= sys->sprint("%s(%d) -> %d", name, arg, r);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 20;
	k := 3;
	if(len argv == 3){
		n = int hd tl argv;
		k = int hd tl tl argv;
	}
	p1 := array[2] of ref Sys->FD;
	p2 := array[2] of ref Sys->FD;
	if(sys->pipe(p1) < 0 || sys->pipe(p2) < 0){
		sys->fprint(sys->fildes(2), "pipe: %r\n");
		raise "fail:pipe";
	}
	rgen := chan[1] of string;
	rchoose := chan[1] of string;
	rnum := chan[1] of string;
	spawn run("gen", gen, n, nil, p1[1], rgen);
	spawn run("choose", choose, k, p1[0], p2[1], rchoose);
	spawn run("number", number, 0, p2[0], sys->fildes(1), rnum);
	p1 = p2 = nil;	# only the stages hold the pipes now

	# each stage finishes only when its input hits EOF; report once the
	# last one is done, so our output never interleaves with its output
	r3 := <-rnum;
	r1 := <-rgen;
	r2 := <-rchoose;
	sys->fprint(sys->fildes(2), "%s\n%s\n%s\n", r1, r2, r3);
}
