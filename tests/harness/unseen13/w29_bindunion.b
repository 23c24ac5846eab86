implement BindUnion;

include "sys.m";
	sys: Sys;
include "draw.m";

BindUnion: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

mkfile(path, body: string)
{
	fd := sys->create(path, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->print("create %s: %r\n", path);
		return;
	}
	sys->fprint(fd, "%s", body);
}

listing(dir: string): string
{
	fd := sys->open(dir, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("(open: %r)");
	names: list of string;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++)
			names = d[i].name :: names;
	}
	# simple sort into a string
	a := array[len names] of string;
	for(i := 0; names != nil; names = tl names)
		a[i++] = hd names;
	for(i = 1; i < len a; i++)
		for(j := i; j > 0 && a[j-1] > a[j]; j--)
			(a[j-1], a[j]) = (a[j], a[j-1]);
	s := "";
	for(i = 0; i < len a; i++)
		s += " " + a[i];
	return s;
}

cat(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<%r>");
	buf := array[64] of byte;
	n := sys->read(fd, buf, len buf);
	return string buf[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->pctl(Sys->FORKNS, nil);
	a := "/tmp/w_29a";
	b := "/tmp/w_29b";
	sys->create(a, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(b, Sys->OREAD, Sys->DMDIR|8r755);
	mkfile(a+"/shared", "from a");
	mkfile(a+"/onlya", "a only");
	mkfile(b+"/shared", "from b");
	mkfile(b+"/onlyb", "b only");
	sys->print("a:%s\nb:%s\n", listing(a), listing(b));

	r := sys->bind(b, a, Sys->MBEFORE);
	sys->print("bind before = %d\n", r >= 0);
	sys->print("a now:%s\n", listing(a));
	sys->print("a/shared = %s\n", cat(a+"/shared"));
	sys->unmount(b, a);

	sys->bind(b, a, Sys->MAFTER);
	sys->print("after-union a/shared = %s, a/onlyb = %s\n", cat(a+"/shared"), cat(a+"/onlyb"));
	sys->unmount(b, a);

	sys->bind(b, a, Sys->MREPL);
	sys->print("replaced a:%s\n", listing(a));
	sys->print("a/onlya = %s\n", cat(a+"/onlya"));
	if(sys->unmount(nil, a) < 0)
		sys->print("unmount: %r\n");
	sys->print("restored a:%s\n", listing(a));
	r = sys->unmount(b, a);
	sys->print("second unmount = %d: %r\n", r);

	for(l := "shared" :: "onlya" :: nil; l != nil; l = tl l)
		sys->remove(a+"/"+hd l);
	for(l = "shared" :: "onlyb" :: nil; l != nil; l = tl l)
		sys->remove(b+"/"+hd l);
	sys->remove(a);
	sys->remove(b);
	(ok, nil) := sys->stat(a);
	sys->print("cleaned: %d\n", ok < 0);
}
