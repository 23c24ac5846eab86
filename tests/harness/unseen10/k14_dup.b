implement Kdup;

include "sys.m";
	sys: Sys;
include "draw.m";

Kdup: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k14_dup";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);

	sys->print("before redirect\n");

	# save the console: dup fd 1 to a fresh descriptor number
	saved := sys->dup(1, -1);
	sys->print("saved console as a new descriptor: %d\n", saved > 2);

	f := sys->create(DIR+"/captured", Sys->OWRITE, 8r644);
	if(sys->dup(f.fd, 1) < 0)
		sys->print("dup: %r\n");
	f = nil;

	# all of these land in the file
	sys->print("line one into the file\n");
	for(i := 1; i <= 3; i++)
		sys->print("square of %d is %d\n", i, i*i);
	sys->fprint(sys->fildes(1), "written via fildes(1)\n");
	sys->write(sys->fildes(1), array of byte "raw write\n", 10);

	# restore fd 1 from the saved copy
	sys->dup(saved, 1);
	sys->print("after restore\n");

	# a second round: redirect into another file, this time in append position
	g := sys->create(DIR+"/second", Sys->OWRITE, 8r644);
	sys->fprint(g, "header\n");
	sys->dup(g.fd, 1);
	g = nil;
	sys->print("appended after header\n");
	sys->dup(saved, 1);

	show("captured");
	show("second");

	# dup of a closed/unused descriptor number fails
	if(sys->dup(97, 98) < 0)
		sys->print("dup 97 98: %r\n");

	sys->remove(DIR+"/captured");
	sys->remove(DIR+"/second");
	sys->remove(DIR);
}

show(name: string)
{
	fd := sys->open(DIR+"/"+name, Sys->OREAD);
	buf := array[1024] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("=== %s (%d bytes)\n", name, n);
	sys->print("%s", string buf[0:n]);
}
