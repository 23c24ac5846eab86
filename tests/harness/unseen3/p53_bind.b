implement P53;
include "sys.m";
	sys: Sys;
include "draw.m";
P53: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

D1: con "/tmp/unseen3-p53-one";
D2: con "/tmp/unseen3-p53-two";

mkfile(path, content: string)
{
	fd := sys->create(path, Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", content);
}

cat(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<%r>");
	buf := array[100] of byte;
	n := sys->read(fd, buf, len buf);
	return string buf[0:n];
}

ls(dir: string): string
{
	fd := sys->open(dir, Sys->OREAD);
	(n, d) := sys->dirread(fd);
	names := array[n] of string;
	for(i := 0; i < n; i++)
		names[i] = d[i].name;
	for(i = 1; i < n; i++)
		for(j := i; j > 0 && names[j-1] > names[j]; j--)
			(names[j-1], names[j]) = (names[j], names[j-1]);
	s := "";
	for(i = 0; i < n; i++)
		s += " " + names[i];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(D1, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(D2, Sys->OREAD, Sys->DMDIR|8r755);
	mkfile(D1 + "/a", "one-a");
	mkfile(D1 + "/shared", "one-shared");
	mkfile(D2 + "/b", "two-b");
	mkfile(D2 + "/shared", "two-shared");
	sys->pctl(Sys->FORKNS, nil);
	r := sys->bind(D2, D1, Sys->MBEFORE);
	sys->print("bind before %d\n", r >= 0);
	sys->print("ls:%s\n", ls(D1));
	sys->print("shared=%s a=%s b=%s\n", cat(D1 + "/shared"), cat(D1 + "/a"), cat(D1 + "/b"));
	sys->print("unmount %d\n", sys->unmount(D2, D1));
	sys->print("after unmount ls:%s\n", ls(D1));
	sys->bind(D2, D1, Sys->MAFTER);
	sys->print("after: shared=%s\n", cat(D1 + "/shared"));
	sys->unmount(nil, D1);
	sys->bind(D2, D1, Sys->MREPL);
	sys->print("repl ls:%s a=%s\n", ls(D1), cat(D1 + "/a"));
	sys->unmount(nil, D1);
	sys->remove(D1 + "/a");
	sys->remove(D1 + "/shared");
	sys->remove(D2 + "/b");
	sys->remove(D2 + "/shared");
	sys->print("rm %d %d\n", sys->remove(D1), sys->remove(D2));
}
