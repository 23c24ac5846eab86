implement Kfildes;

include "sys.m";
	sys: Sys;
include "draw.m";

Kfildes: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k15_fildes";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);
	f := sys->create(DIR+"/alphabet", Sys->OWRITE, 8r644);
	sys->fprint(f, "abcdefghijklmnopqrstuvwxyz");
	f = nil;

	out := sys->fildes(1);
	sys->print("fildes(1) is non-nil: %d\n", out != nil);
	sys->print("fildes(1) gave a different number: %d\n", out.fd != 1);
	sys->fprint(out, "writing through fildes(1) works\n");
	sys->print("fildes(123) is nil: %d (%r)\n", sys->fildes(123) == nil);

	# two independent opens have independent offsets
	a := sys->open(DIR+"/alphabet", Sys->OREAD);
	b := sys->open(DIR+"/alphabet", Sys->OREAD);
	sys->print("a reads %s\n", rd(a, 5));
	sys->print("b reads %s\n", rd(b, 3));
	sys->print("a reads %s\n", rd(a, 2));

	# fildes on a's number shares a's channel and therefore its offset
	c := sys->fildes(a.fd);
	sys->print("c (fildes of a) reads %s\n", rd(c, 4));
	sys->print("a continues with %s\n", rd(a, 4));
	sys->print("seek c to 20 -> %bd\n", sys->seek(c, big 20, Sys->SEEKSTART));
	sys->print("a now reads %s\n", rd(a, 10));
	sys->print("b still at %bd\n", sys->seek(b, big 0, Sys->SEEKRELA));

	# a child with a new fd table keeps only the descriptors we pass
	sync := chan of string;
	spawn child(b.fd, a.fd, sync);
	sys->print("%s\n", <-sync);
	sys->print("%s\n", <-sync);
	sys->print("%s\n", <-sync);
	sys->print("parent: a still open after child dropped it, reads %s\n", rd(sys->fildes(a.fd), 3));

	a = b = c = nil;
	sys->remove(DIR+"/alphabet");
	sys->remove(DIR);
}

child(keep, drop: int, sync: chan of string)
{
	sys->pctl(Sys->NEWFD, keep :: 1 :: nil);
	k := sys->fildes(keep);
	d := sys->fildes(drop);
	sync <-= sys->sprint("child: kept fd usable: %d, dropped fd usable: %d", k != nil, d != nil);
	sync <-= sys->sprint("child: kept fd reads %s", rd(k, 6));
	sys->seek(k, big 0, Sys->SEEKSTART);
	sync <-= sys->sprint("child: after rewind reads %s", rd(k, 6));
}

rd(fd: ref Sys->FD, n: int): string
{
	if(fd == nil)
		return "<nil fd>";
	buf := array[n] of byte;
	r := sys->read(fd, buf, n);
	if(r < 0)
		return sys->sprint("<error %r>");
	if(r == 0)
		return "<eof>";
	return string buf[0:r];
}
