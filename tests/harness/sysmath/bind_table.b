implement BindTable;
include "sys.m"; sys: Sys;
include "draw.m";
BindTable: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create("/tmp/bindtable1", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create("/tmp/bindtable2", Sys->OREAD, Sys->DMDIR|8r755);
	sys->print("%d\n", sys->bind("/tmp/bindtable2", "/tmp/bindtable1", Sys->MBEFORE));
	sys->print("%d\n", sys->bind("/tmp/bindtable2", "/tmp/bindtable1", Sys->MAFTER));
	sys->print("%d %r\n", sys->bind("/tmp/nonex", "/tmp/bindtable1", Sys->MAFTER));
	sys->print("%d %r\n", sys->bind("/tmp/bindtable2", "/tmp/nonex", Sys->MAFTER));
	sys->print("%d %r\n", sys->bind("/tmp/bindtable2", "/tmp/bindtable1", 7));
	fd := sys->create("/tmp/bindtable1/new", Sys->OWRITE, 8r644);
	sys->print("create %d %r\n", fd != nil);
	sys->print("%d\n", sys->bind("/tmp/bindtable2", "/tmp/bindtable1", Sys->MAFTER|Sys->MCREATE));
	fd = sys->create("/tmp/bindtable1/new", Sys->OWRITE, 8r644);
	sys->print("create %d %r\n", fd != nil);
	(ok, nil) := sys->stat("/tmp/bindtable2/new");
	sys->print("in bt2 %d\n", ok);
	sys->remove("/tmp/bindtable1/new");
	sys->print("unmount %d\n", sys->unmount("/tmp/bindtable2", "/tmp/bindtable1"));
	sys->print("unmount %d %r\n", sys->unmount("/tmp/bindtable2", "/tmp/bindtable2"));
	sys->print("unmount %d %r\n", sys->unmount("/tmp/bindtable1", "/tmp/bindtable1"));
	sys->print("unmount %d %r\n", sys->unmount(nil, "/tmp/bindtable1"));
	sys->print("unmount %d %r\n", sys->unmount(nil, "/tmp/bindtable1"));
	fd = nil;
	sys->print("%d\n", sys->bind("/tmp/bindtable2", "/tmp/bindtable1", Sys->MREPL));
	sys->unmount(nil, "/tmp/bindtable1");
	sys->remove("/tmp/bindtable1");
	sys->remove("/tmp/bindtable2");
}
