implement BindUnion;

include "sys.m";
	sys: Sys;
include "draw.m";

BindUnion: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

BASE: con "/tmp/s019B";

mkfile(path, content: string)
{
	fd := sys->create(path, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->print("create %s: %r\n", path);
		return;
	}
	b := array of byte content;
	sys->write(fd, b, len b);
}

cat(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "(none)";
	buf := array[128] of byte;
	n := sys->read(fd, buf, len buf);
	if(n < 0)
		n = 0;
	return string buf[0:n];
}

listing(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "(cannot open)";
	s := "";
	shared := 0;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++){
			if(d[i].name == "shared")
				shared++;
			else
				s += " " + d[i].name;
		}
	}
	return sys->sprint("%s [shared x%d]", s, shared);
}

cleanup()
{
	dirs := array[] of {"red", "green", "blue"};
	for(i := 0; i < len dirs; i++){
		d := BASE + "/" + dirs[i];
		sys->remove(d + "/only." + dirs[i]);
		sys->remove(d + "/shared");
		sys->remove(d);
	}
	sys->remove(BASE + "/mnt");
	sys->remove(BASE);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cleanup();
	sys->create(BASE, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(BASE + "/mnt", Sys->OREAD, Sys->DMDIR|8r755);
	dirs := array[] of {"red", "green", "blue"};
	for(i := 0; i < len dirs; i++){
		d := BASE + "/" + dirs[i];
		sys->create(d, Sys->OREAD, Sys->DMDIR|8r755);
		mkfile(d + "/only." + dirs[i], dirs[i] + " private");
		mkfile(d + "/shared", "shared from " + dirs[i]);
	}
	mnt := BASE + "/mnt";
	if(sys->bind(BASE + "/green", mnt, Sys->MREPL) < 0)
		sys->print("bind: %r\n");
	sys->print("after MREPL green:%s\n", listing(mnt));
	sys->print("  shared says: %s\n", cat(mnt + "/shared"));
	sys->bind(BASE + "/red", mnt, Sys->MBEFORE);
	sys->print("after MBEFORE red:%s\n", listing(mnt));
	sys->print("  shared says: %s\n", cat(mnt + "/shared"));
	sys->bind(BASE + "/blue", mnt, Sys->MAFTER);
	sys->print("after MAFTER blue:%s\n", listing(mnt));
	sys->print("  shared says: %s\n", cat(mnt + "/shared"));
	sys->print("  only.blue says: %s\n", cat(mnt + "/only.blue"));
	sys->bind(BASE + "/blue", mnt, Sys->MREPL);
	sys->print("after MREPL blue:%s\n", listing(mnt));
	sys->print("  shared says: %s\n", cat(mnt + "/shared"));
	sys->print("  only.red says: %s\n", cat(mnt + "/only.red"));
	sys->unmount(nil, mnt);
	sys->print("after unmount:%s.\n", listing(mnt));
	cleanup();
	(ok, nil) := sys->stat(BASE);
	sys->print("cleaned up: %d\n", ok < 0);
}
