implement StreamCopy;

include "sys.m";
	sys: Sys;
include "draw.m";

StreamCopy: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

checksum(a: array of byte, n: int): int
{
	s := 0;
	for(i := 0; i < n; i++)
		s = (s*31 + int a[i]) & 16rFFFFFF;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	src := "/tmp/w_17src";
	dst := "/tmp/w_17dst";
	fd := sys->create(src, Sys->OWRITE, 8r644);
	total := 0;
	for(i := 0; i < 500; i++)
		total += sys->fprint(fd, "%04d %s\n", i, "abcdefghijklmnopqrstuvwxyz"[i%26:]);
	fd = nil;
	sys->print("source written: %d bytes\n", total);

	in := sys->open(src, Sys->OREAD);
	out := sys->create(dst, Sys->OWRITE, 8r644);
	n := sys->stream(in, out, Sys->ATOMICIO);
	sys->print("stream copied %d bytes\n", n);
	in = out = nil;

	# compare checksums
	a := array[total+10] of byte;
	b := array[total+10] of byte;
	na := sys->readn(sys->open(src, Sys->OREAD), a, len a);
	nb := sys->readn(sys->open(dst, Sys->OREAD), b, len b);
	sys->print("src %d bytes sum %06x, dst %d bytes sum %06x\n", na, checksum(a, na), nb, checksum(b, nb));

	# stream through a pipe with a tiny buffer, reader in another process
	p := array[2] of ref Sys->FD;
	sys->pipe(p);
	res := chan of (int, int);
	spawn reader(p[1], res);
	p[1] = nil;
	in = sys->open(src, Sys->OREAD);
	sys->seek(in, big 4000, Sys->SEEKSTART);
	m := sys->stream(in, p[0], 7);
	p[0] = nil;
	(got, lines) := <-res;
	sys->print("piped %d bytes, reader got %d bytes, %d newlines\n", m, got, lines);

	# stream from an empty file
	e := sys->create("/tmp/w_17empty", Sys->ORDWR, 8r644);
	m = sys->stream(e, sys->open("/dev/null", Sys->OWRITE), 100);
	sys->print("empty stream: %d\n", m);
	e = nil;
	sys->remove("/tmp/w_17empty");
	sys->remove(src);
	sys->remove(dst);
}

reader(fd: ref Sys->FD, res: chan of (int, int))
{
	buf := array[100] of byte;
	got := 0;
	nl := 0;
	while((n := sys->read(fd, buf, len buf)) > 0){
		got += n;
		for(i := 0; i < n; i++)
			if(buf[i] == byte '\n')
				nl++;
	}
	res <-= (got, nl);
}
