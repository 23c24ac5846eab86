implement Kstream;

include "sys.m";
	sys: Sys;
include "draw.m";

Kstream: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k27_stream";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);

	# source file of 5000 bytes with a recognisable pattern
	src := sys->create(DIR+"/source", Sys->OWRITE, 8r644);
	block := array[100] of byte;
	for(i := 0; i < 50; i++){
		for(j := 0; j < 100; j++)
			block[j] = byte ('A' + (i + j) % 26);
		block[99] = byte '\n';
		sys->write(src, block, 100);
	}
	src = nil;

	# sys->stream copies file to file
	in := sys->open(DIR+"/source", Sys->OREAD);
	out := sys->create(DIR+"/copy", Sys->OWRITE, 8r644);
	n := sys->stream(in, out, 777);
	sys->print("stream file->file copied %d bytes\n", n);
	in = out = nil;
	sys->print("copy matches: %d\n", samefiles(DIR+"/source", DIR+"/copy"));

	# stream through a pipe to a reader proc that counts newlines
	p := array[2] of ref Sys->FD;
	sys->pipe(p);
	result := chan of (int, int);
	spawn counter(p[0], result);
	p[0] = nil;
	in = sys->open(DIR+"/source", Sys->OREAD);
	sys->seek(in, big 1234, Sys->SEEKSTART);
	n = sys->stream(in, p[1], 4096);
	p = nil;
	(bytes, lines) := <-result;
	sys->print("stream from offset 1234 into pipe: sent %d, reader saw %d bytes %d newlines\n", n, bytes, lines);

	# read vs readn on a pipe: read may return short counts, readn fills the buffer
	p = array[2] of ref Sys->FD;
	sys->pipe(p);
	spawn dribble(p[1]);
	p[1] = nil;
	buf := array[10] of byte;
	r1 := sys->readn(p[0], buf, 10);
	sys->print("readn asked 10 got %d: %s\n", r1, string buf[0:r1]);
	r2 := sys->readn(p[0], buf, 10);
	sys->print("readn at end asked 10 got %d: %s\n", r2, string buf[0:r2]);
	r3 := sys->readn(p[0], buf, 10);
	sys->print("readn after eof got %d\n", r3);
	p = nil;

	# pwrite/pread leave the file offset alone
	fd := sys->open(DIR+"/copy", Sys->ORDWR);
	sys->seek(fd, big 50, Sys->SEEKSTART);
	sys->pwrite(fd, array of byte "<<patched>>", 11, big 200);
	sys->print("offset after pwrite: %bd\n", sys->seek(fd, big 0, Sys->SEEKRELA));
	got := array[15] of byte;
	sys->pread(fd, got, 15, big 198);
	sys->print("pread at 198: %s\n", string got);
	sys->read(fd, got, 5);
	sys->print("plain read from 50: %s\n", string got[0:5]);
	fd = nil;
	sys->print("copy matches after patch: %d\n", samefiles(DIR+"/source", DIR+"/copy"));

	sys->remove(DIR+"/source");
	sys->remove(DIR+"/copy");
	sys->remove(DIR);
}

counter(fd: ref Sys->FD, result: chan of (int, int))
{
	buf := array[333] of byte;
	total := lines := 0;
	while((n := sys->read(fd, buf, len buf)) > 0){
		total += n;
		for(i := 0; i < n; i++)
			if(buf[i] == byte '\n')
				lines++;
	}
	result <-= (total, lines);
}

dribble(fd: ref Sys->FD)
{
	pieces := array[] of {"ab", "cde", "f", "ghij", "klm"};
	for(i := 0; i < len pieces; i++)
		sys->write(fd, array of byte pieces[i], len pieces[i]);
}

samefiles(a, b: string): int
{
	fa := sys->open(a, Sys->OREAD);
	fb := sys->open(b, Sys->OREAD);
	ba := array[512] of byte;
	bb := array[512] of byte;
	for(;;){
		na := sys->readn(fa, ba, len ba);
		nb := sys->readn(fb, bb, len bb);
		if(na != nb)
			return 0;
		if(na <= 0)
			return 1;
		for(i := 0; i < na; i++)
			if(ba[i] != bb[i])
				return 0;
	}
}
