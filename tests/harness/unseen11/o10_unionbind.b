implement UnionBind;

include "sys.m";
	sys: Sys;
include "draw.m";

UnionBind: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

A: con "/tmp/o_10a";
B: con "/tmp/o_10b";
stderr: ref Sys->FD;

put(path, text: string)
{
	fd := sys->create(path, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->fprint(stderr, "create %s: %r\n", path);
		return;
	}
	sys->fprint(fd, "%s", text);
}

get(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<%r>");
	buf := array[128] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return "<empty>";
	return string buf[0:n];
}

# names in a directory, sorted, duplicates kept (unions can show both)
ls(dir: string): string
{
	fd := sys->open(dir, Sys->OREAD);
	if(fd == nil)
		return "<cannot open>";
	names: list of string;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++)
			names = insert(d[i].name, names);
	}
	s := "";
	for(; names != nil; names = tl names)
		s += " " + hd names;
	return s;
}

insert(s: string, l: list of string): list of string
{
	if(l == nil || s <= hd l)
		return s :: l;
	return hd l :: insert(s, tl l);
}

cleanup()
{
	for(l := list of {"common", "onlya", "onlyb", "fresh"}; l != nil; l = tl l){
		sys->remove(A + "/" + hd l);
		sys->remove(B + "/" + hd l);
	}
	sys->remove(A);
	sys->remove(B);
}

private(done: chan of string)
{
	sys->pctl(Sys->FORKNS, nil);
	if(sys->bind(B, A, Sys->MBEFORE|Sys->MCREATE) < 0){
		done <-= sys->sprint("bind: %r");
		return;
	}
	sys->print("[child] union %s:%s\n", A, ls(A));
	sys->print("[child] common says %s", get(A + "/common"));
	sys->print("[child] onlyb via A: %s", get(A + "/onlyb"));
	# MCREATE on B: a new file in the union lands in B
	put(A + "/fresh", "created through the union\n");
	(ok, nil) := sys->stat(B + "/fresh");
	sys->print("[child] fresh landed in B: %d\n", ok == 0);
	sys->unmount(B, A);
	sys->print("[child] after unmount:%s\n", ls(A));
	done <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	cleanup();
	sys->create(A, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(B, Sys->OREAD, Sys->DMDIR|8r755);
	put(A + "/common", "version from A\n");
	put(A + "/onlya", "a only\n");
	put(B + "/common", "version from B\n");
	put(B + "/onlyb", "b only\n");

	sys->print("A:%s\nB:%s\n", ls(A), ls(B));

	done := chan of string;
	spawn private(done);
	if((err := <-done) != nil)
		sys->fprint(stderr, "child: %s\n", err);

	# the child's binds were in its own copy of the namespace
	sys->print("[parent] A:%s\n", ls(A));
	sys->print("[parent] common says %s", get(A + "/common"));
	sys->print("[parent] B:%s\n", ls(B));

	# now bind in our own namespace, after instead of before
	sys->pctl(Sys->FORKNS, nil);
	sys->bind(B, A, Sys->MAFTER);
	sys->print("[parent] MAFTER union:%s\n", ls(A));
	sys->print("[parent] common says %s", get(A + "/common"));
	# replace one file by another
	sys->bind(B + "/onlyb", A + "/onlya", Sys->MREPL);
	sys->print("[parent] onlya now says %s", get(A + "/onlya"));
	sys->unmount(nil, A + "/onlya");
	sys->unmount(B, A);
	sys->print("[parent] restored onlya: %s", get(A + "/onlya"));
	cleanup();
	sys->print("leftovers: %d\n", sys->stat(A).t0 == 0 || sys->stat(B).t0 == 0);
}
