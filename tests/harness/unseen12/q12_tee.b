#args: -a /tmp/q_tee1.out /tmp/q_tee2.out /tmp/q_nodir/q_tee3.out
implement Tee;

include "sys.m";
	sys: Sys;
include "draw.m";

Tee: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

# producer writes numbered lines into the pipe, then closes its end
producer(fd: ref Sys->FD, nlines: int, done: chan of int)
{
	total := 0;
	for(i := 1; i <= nlines; i++){
		b := array of byte sys->sprint("line %02d: %s\n", i, "abcdefghij"[0:i%10]);
		total += sys->write(fd, b, len b);
	}
	fd = nil;
	done <-= total;
}

tee(in: ref Sys->FD, outs: array of ref Sys->FD, names: array of string): big
{
	buf := array[Sys->ATOMICIO] of byte;
	n := big 0;
	for(;;){
		r := sys->read(in, buf, len buf);
		if(r < 0){
			sys->fprint(stderr, "tee: read error: %r\n");
			break;
		}
		if(r == 0)
			break;
		n += big r;
		for(i := 0; i < len outs; i++){
			if(outs[i] == nil)
				continue;
			if(sys->write(outs[i], buf, r) != r){
				sys->fprint(stderr, "tee: write error on %s: %r\n", names[i]);
				outs[i] = nil;
			}
		}
	}
	return n;
}

catfile(name: string)
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil){
		sys->print("%s: (absent)\n", name);
		return;
	}
	(nil, d) := sys->fstat(fd);
	buf := array[int d.length] of byte;
	n := sys->readn(fd, buf, len buf);
	(nl, nil) := sys->tokenize(string buf[0:n], "\n");
	sys->print("%s: %bd bytes, %d lines, last %q\n", name, d.length, nl,
		lastline(string buf[0:n]));
}

lastline(s: string): string
{
	if(len s > 0 && s[len s-1] == '\n')
		s = s[0:len s-1];
	for(i := len s - 1; i >= 0; i--)
		if(s[i] == '\n')
			return s[i+1:];
	return s;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	aflag := 0;
	argv = tl argv;
	if(argv != nil && hd argv == "-a"){
		aflag = 1;
		argv = tl argv;
	}
	# start from a known state: first file holds one old line
	fd := sys->create("/tmp/q_tee1.out", Sys->OWRITE, 8r644);
	sys->fprint(fd, "old contents\n");
	sys->remove("/tmp/q_tee2.out");
	fd = nil;

	names := array[len argv] of string;
	outs := array[len argv] of ref Sys->FD;
	for(i := 0; argv != nil; argv = tl argv){
		names[i] = hd argv;
		if(aflag && (outs[i] = sys->open(names[i], Sys->OWRITE)) != nil)
			sys->seek(outs[i], big 0, Sys->SEEKEND);
		else
			outs[i] = sys->create(names[i], Sys->OWRITE, 8r644);
		if(outs[i] == nil)
			sys->fprint(stderr, "tee: cannot open %s: %r\n", names[i]);
		i++;
	}

	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->fprint(stderr, "tee: pipe: %r\n");
		raise "fail:pipe";
	}
	done := chan of int;
	spawn producer(p[0], 25, done);
	p[0] = nil;
	wrote := <-done;	# producer has finished and dropped its end
	n := tee(p[1], outs, names);
	sys->print("producer wrote %d bytes, tee copied %bd\n", wrote, n);
	outs = nil;
	for(i = 0; i < len names; i++)
		catfile(names[i]);
}
