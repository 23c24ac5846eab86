implement PipeLines;

include "sys.m";
	sys: Sys;
include "draw.m";

PipeLines: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

verses := array[] of {
	"the quick brown fox",
	"jumps over the lazy dog",
	"",
	"pack my box with five dozen liquor jugs",
	"how vexingly quick daft zebras jump",
	"the five boxing wizards jump quickly",
};

# write the verses into the pipe in awkward chunk sizes, then hang up
producer(fd: ref Sys->FD, chunk: int, done: chan of int)
{
	text := "";
	for(i := 0; i < len verses; i++)
		text += verses[i] + "\n";
	b := array of byte text;
	sent := 0;
	while(sent < len b){
		n := chunk;
		if(sent + n > len b)
			n = len b - sent;
		if(sys->write(fd, b[sent:], n) != n){
			sys->fprint(sys->fildes(2), "producer: write: %r\n");
			break;
		}
		sent += n;
	}
	fd = nil;	# last reference: reader sees EOF
	done <-= sent;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->fprint(sys->fildes(2), "pipelines: pipe: %r\n");
		raise "fail:pipe";
	}
	done := chan of int;
	spawn producer(p[1], 7, done);
	p[1] = nil;

	buf := array[5] of byte;	# deliberately tiny reads
	pending := "";
	lines := 0;
	words := 0;
	chars := 0;
	longest := "";
	reads := 0;
	for(;;){
		n := sys->read(p[0], buf, len buf);
		if(n < 0){
			sys->fprint(sys->fildes(2), "read: %r\n");
			break;
		}
		if(n == 0)
			break;
		reads++;
		pending += string buf[0:n];
		for(;;){
			nl := -1;
			for(i := 0; i < len pending; i++)
				if(pending[i] == '\n'){
					nl = i;
					break;
				}
			if(nl < 0)
				break;
			line := pending[0:nl];
			pending = pending[nl+1:];
			lines++;
			chars += len line + 1;
			(nw, wl) := sys->tokenize(line, " \t");
			words += nw;
			for(; wl != nil; wl = tl wl)
				if(len hd wl > len longest)
					longest = hd wl;
			sys->print("%2d [%2d words] %s\n", lines, nw, line);
		}
	}
	sent := <-done;
	sys->print("lines=%d words=%d chars=%d sent=%d\n", lines, words, chars, sent);
	sys->print("longest word: %s\n", longest);
	if(pending != nil)
		sys->print("unterminated: %q\n", pending);
	if(reads < sent / len buf)
		sys->print("suspicious read count\n");
}
