implement PipeLines;

include "sys.m";
	sys: Sys;
include "draw.m";

PipeLines: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

poem := array[] of {
	"Whose woods these are I think I know.",
	"His house is in the village though;",
	"He will not see me stopping here",
	"To watch his woods fill up with snow.",
	"",
	"My little horse must think it queer",
	"To stop without a farmhouse near",
};

# writer: sends the text through a pipe in awkward chunk sizes
writer(fd: ref Sys->FD, done: chan of int)
{
	all := "";
	for(i := 0; i < len poem; i++)
		all += poem[i] + "\n";
	b := array of byte all;
	sent := 0;
	chunk := 7;
	while(sent < len b){
		n := chunk;
		if(sent + n > len b)
			n = len b - sent;
		sys->write(fd, b[sent:sent+n], n);
		sent += n;
		chunk = chunk * 3 % 23 + 5;
	}
	fd = nil;	# close our end so the reader sees EOF
	done <-= sent;
}

# lines: splits bytes from fd into lines sent on c as (1, line); (0, nil) marks the end,
# since an empty line and nil are the same string
lines(fd: ref Sys->FD, c: chan of (int, string))
{
	buf := array[16] of byte;
	pending := array[0] of byte;
	for(;;){
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			break;
		nb := array[len pending + n] of byte;
		nb[0:] = pending;
		nb[len pending:] = buf[0:n];
		pending = nb;
		start := 0;
		for(i := 0; i < len pending; i++)
			if(pending[i] == byte '\n'){
				c <-= (1, string pending[start:i]);
				start = i + 1;
			}
		pending = pending[start:];
	}
	if(len pending > 0)
		c <-= (1, string pending);
	c <-= (0, nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->fprint(sys->fildes(2), "pipe: %r\n");
		return;
	}
	done := chan of int;
	spawn writer(p[1], done);
	p[1] = nil;
	nbytes := <-done;	# writer finishes first (pipe buffer is large enough)

	c := chan of (int, string);
	spawn lines(p[0], c);
	p[0] = nil;
	nl := 0;
	nw := 0;
	nchar := 0;
	longest := "";
	for(;;){
		(more, l) := <-c;
		if(!more)
			break;
		nl++;
		(w, nil) := sys->tokenize(l, " \t");
		nw += w;
		nchar += len l;
		if(len l > len longest)
			longest = l;
		sys->print("%3d %2d| %s\n", nl, w, l);
	}
	sys->print("bytes written %d; lines %d words %d chars %d\n", nbytes, nl, nw, nchar);
	sys->print("longest line (%d): %q\n", len longest, longest);
}
