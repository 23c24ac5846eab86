implement BindStat;
include "sys.m";
	sys: Sys;
include "draw.m";
BindStat: module { init: fn(nil: ref Draw->Context, nil: list of string); };
R: con "/tmp/bind_stat_probe";
show(p: string)
{
	(ok, d) := sys->stat(p);
	if(ok < 0)
		sys->print("%s: %r\n", p[len R:]);
	else
		sys->print("%s: name=%s dir=%d\n", p[len R:], d.name, (d.mode & Sys->DMDIR) != 0);
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(R, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(R+"/a", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(R+"/b", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(R+"/c", Sys->OREAD, Sys->DMDIR|8r755);
	fd := sys->create(R+"/f", Sys->OWRITE, 8r644);
	fd = sys->create(R+"/g", Sys->OWRITE, 8r644);
	fd = nil;
	sys->bind(R+"/a", R+"/b", Sys->MBEFORE);
	show(R+"/b");
	sys->bind(R+"/a", R+"/c", Sys->MAFTER);
	show(R+"/c");
	sys->bind(R+"/f", R+"/g", Sys->MREPL);
	show(R+"/g");
	sys->bind(R+"/f", R+"/a", Sys->MREPL);
	show(R+"/a");
	sys->unmount(nil, R+"/a");
	sys->unmount(nil, R+"/b");
	sys->unmount(nil, R+"/c");
	sys->unmount(nil, R+"/g");
	for(l := "a" :: "b" :: "c" :: "f" :: "g" :: nil; l != nil; l = tl l)
		sys->remove(R+"/"+hd l);
	sys->remove(R);
}
