implement Kfd2path;

include "sys.m";
	sys: Sys;
include "draw.m";

Kfd2path: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k17_fd2path";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(ROOT, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(ROOT+"/a", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(ROOT+"/a/b", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(ROOT+"/a/b/leaf.txt", Sys->OWRITE, 8r644);
	sys->create(ROOT+"/other", Sys->OREAD, Sys->DMDIR|8r755);

	show("absolute file", sys->open(ROOT+"/a/b/leaf.txt", Sys->OREAD));
	show("absolute dir", sys->open(ROOT+"/a", Sys->OREAD));
	show("with dot-dot", sys->open(ROOT+"/a/b/../b/./leaf.txt", Sys->OREAD));
	show("doubled slashes", sys->open(ROOT+"//a///b", Sys->OREAD));

	if(sys->chdir(ROOT+"/a") < 0)
		sys->print("chdir: %r\n");
	show("dot after chdir", sys->open(".", Sys->OREAD));
	show("relative file", sys->open("b/leaf.txt", Sys->OREAD));
	show("parent", sys->open("..", Sys->OREAD));
	show("sibling via ..", sys->open("../other", Sys->OREAD));

	created := sys->create("b/new.txt", Sys->OWRITE, 8r644);
	show("freshly created", created);
	show("fildes of it", sys->fildes(created.fd));

	created = nil;

	# bind makes one name reach another directory; fd2path reports the name used
	if(sys->bind(ROOT+"/a/b", ROOT+"/other", Sys->MREPL) < 0)
		sys->print("bind: %r\n");
	show("through bind", sys->open(ROOT+"/other/leaf.txt", Sys->OREAD));
	sys->unmount(nil, ROOT+"/other");

	show("missing", sys->open("nope", Sys->OREAD));

	sys->chdir("/tmp");
	sys->remove(ROOT+"/a/b/new.txt");
	sys->remove(ROOT+"/a/b/leaf.txt");
	sys->remove(ROOT+"/a/b");
	sys->remove(ROOT+"/a");
	sys->remove(ROOT+"/other");
	sys->remove(ROOT);
	(ok, nil) := sys->stat(ROOT);
	sys->print("cleaned: %d\n", ok < 0);
}

show(what: string, fd: ref Sys->FD)
{
	if(fd == nil){
		sys->print("%-16s: open failed: %r\n", what);
		return;
	}
	p := sys->fd2path(fd);
	if(len p >= len ROOT && p[0:len ROOT] == ROOT)
		p = "$ROOT" + p[len ROOT:];
	(nil, d) := sys->fstat(fd);
	kind := "file";
	if(d.qid.qtype & Sys->QTDIR)
		kind = "dir";
	sys->print("%-16s: %s (%s %s)\n", what, p, kind, d.name);
}
