#args: 25 400
implement PipeChecksum;

include "sys.m";
	sys: Sys;
include "draw.m";

PipeChecksum: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# stage 1: write the numbers 1..n as text lines into a pipe
emit(fd: ref Sys->FD, n: int)
{
	for(i := 1; i <= n; i++)
		sys->fprint(fd, "%d\n", i);
}

# stage 2: parse lines from the pipe, keep multiples of 3 or 5, send on a channel
sift(fd: ref Sys->FD, out: chan of int)
{
	buf := array[16] of byte;
	partial := "";
	for(;;) {
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			break;
		partial += string buf[0:n];
		for(;;) {
			i := 0;
			while(i < len partial && partial[i] != '\n')
				i++;
			if(i == len partial)
				break;
			v := int partial[0:i];
			partial = partial[i + 1:];
			if(v % 3 == 0 || v % 5 == 0)
				out <-= v;
		}
	}
	out <-= -1;
}

# stage 3 (main): accumulate and verify
init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	args = tl args;
	if(len args != 2)
		raise "fail:usage: pipechecksum n expected";
	n := int hd args;
	expected := int hd tl args;

	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0)
		raise sys->sprint("fail:pipe: %r");
	out := chan of int;
	spawn emit(p[1], n);
	spawn sift(p[0], out);
	p = nil;

	sum := 0;
	count := 0;
	line := "";
	for(;;) {
		v := <-out;
		if(v < 0)
			break;
		sum += v;
		count++;
		line += " " + string v;
	}
	sys->print("kept:%s\n", line);
	sys->print("%d values, sum %d\n", count, sum);
	if(sum != expected) {
		sys->print("checksum mismatch: expected %d\n", expected);
		raise sys->sprint("fail:checksum %d != %d", sum, expected);
	}
	sys->print("checksum ok\n");
}
