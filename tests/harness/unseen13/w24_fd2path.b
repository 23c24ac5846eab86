implement Fd2Path;

include "sys.m";
	sys: Sys;
include "draw.m";

Fd2Path: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

where(label: string, fd: ref Sys->FD)
{
	if(fd == nil){
		sys->print("%-10s nil fd: %r\n", label);
		return;
	}
	sys->print("%-10s %s\n", label, sys->fd2path(fd));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	base := "/tmp/w_24work";
	sys->create(base, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(base+"/nested", Sys->OREAD, Sys->DMDIR|8r755);

	if(sys->chdir(base) < 0){
		sys->print("chdir: %r\n");
		return;
	}
	dot := sys->open(".", Sys->OREAD);
	where("dot", dot);

	# relative creation lands inside the current directory
	f := sys->create("rel.txt", Sys->ORDWR, 8r644);
	where("rel.txt", f);
	sys->fprint(f, "relative file\n");
	(ok, nil) := sys->stat(base+"/rel.txt");
	sys->print("visible by absolute path: %d\n", ok == 0);

	sys->chdir("nested");
	g := sys->create("../nested/deep.txt", Sys->OWRITE, 8r644);
	where("deep.txt", g);
	up := sys->open("..", Sys->OREAD);
	where("..", up);
	sys->chdir("../..");
	here := sys->open(".", Sys->OREAD);
	where("up twice", here);

	# duplicated descriptors report the same path
	n := sys->dup(f.fd, -1);
	where("dup", sys->fildes(n));
	where("devnull", sys->open("/dev/null", Sys->OREAD));
	where("missing", sys->open("nothing/here", Sys->OREAD));

	p := array[2] of ref Sys->FD;
	sys->pipe(p);
	s := sys->fd2path(p[0]);
	sys->print("pipe path starts with #|: %d\n", len s >= 2 && s[0:2] == "#|");

	f = g = nil;
	sys->dup(-1, n);
	sys->remove(base+"/nested/deep.txt");
	sys->remove(base+"/rel.txt");
	sys->remove(base+"/nested");
	if(sys->remove(base) < 0)
		sys->print("cleanup: %r\n");
	sys->chdir("/");
	where("root", sys->open(".", Sys->OREAD));
}
