implement Ktee;

include "sys.m";
	sys: Sys;
include "draw.m";

Ktee: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k06_tee";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);

	# second file already has a header; tee -a style appends to it
	hdr := sys->create(DIR+"/log.b", Sys->OWRITE, 8r644);
	sys->fprint(hdr, "# previous contents\n");
	hdr = nil;

	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->print("pipe: %r\n");
		return;
	}
	done := chan of int;
	spawn producer(p[1], done);
	p[1] = nil;

	outs := array[3] of ref Sys->FD;
	outs[0] = sys->fildes(1);
	outs[1] = sys->create(DIR+"/log.a", Sys->OWRITE, 8r644);
	outs[2] = sys->open(DIR+"/log.b", Sys->OWRITE);
	sys->seek(outs[2], big 0, Sys->SEEKEND);

	total := tee(p[0], outs);
	n := <-done;
	sys->print("producer wrote %d lines; tee copied %d bytes\n", n, total);
	outs = nil;

	a := slurp(DIR+"/log.a");
	b := slurp(DIR+"/log.b");
	sys->print("log.a: %d bytes\n", len a);
	sys->print("log.b: %d bytes\n", len b);
	hlen := len "# previous contents\n";
	sys->print("log.b = header + log.a: %d\n", len b == hlen + len a && b[hlen:] == a);
	sys->print("first line of log.b: %s", firstline(b));

	sys->remove(DIR+"/log.a");
	sys->remove(DIR+"/log.b");
	sys->remove(DIR);
}

producer(fd: ref Sys->FD, done: chan of int)
{
	words := array[] of {"ant", "bee", "cat", "dog", "eel", "fox", "gnu"};
	for(i := 0; i < len words; i++)
		sys->fprint(fd, "%d %s %s\n", i, words[i], words[len words - 1 - i]);
	fd = nil;
	done <-= len words;
}

tee(in: ref Sys->FD, outs: array of ref Sys->FD): int
{
	buf := array[16] of byte;	# small buffer to force many reads
	total := 0;
	while((n := sys->read(in, buf, len buf)) > 0){
		for(i := 0; i < len outs; i++)
			if(sys->write(outs[i], buf, n) != n)
				sys->print("tee: write %d failed: %r\n", i);
		total += n;
	}
	return total;
}

slurp(name: string): string
{
	fd := sys->open(name, Sys->OREAD);
	(ok, d) := sys->fstat(fd);
	if(ok < 0)
		return "";
	buf := array[int d.length] of byte;
	n := sys->readn(fd, buf, len buf);
	return string buf[0:n];
}

firstline(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] == '\n')
			return s[0:i+1];
	return s;
}
