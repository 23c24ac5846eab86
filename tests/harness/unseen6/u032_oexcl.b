implement Oexcl;

include "sys.m";
	sys: Sys;
include "draw.m";

Oexcl: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

LOCK: con "/tmp/u032-lockfile";

trylock(owner: string): int
{
	sys->werrstr("");
	fd := sys->create(LOCK, Sys->OWRITE|Sys->OEXCL, 8r600);
	if(fd == nil){
		sys->print("%s: lock busy (%r)\n", owner);
		return 0;
	}
	b := array of byte owner;
	sys->write(fd, b, len b);
	sys->print("%s: got the lock\n", owner);
	return 1;
}

readall(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "<none>";
	buf := array[100] of byte;
	n := sys->read(fd, buf, len buf);
	return string buf[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->remove(LOCK);
	trylock("first");
	trylock("second");
	sys->print("lock content: %s\n", readall(LOCK));
	fd := sys->create(LOCK, Sys->OWRITE, 8r600);
	sys->print("plain create over existing: ok=%d content now [%s]\n", fd != nil, readall(LOCK));
	fd = nil;
	sys->remove(LOCK);
	trylock("third");
	sys->print("lock content: %s\n", readall(LOCK));
	sys->werrstr("");
	dfd := sys->create("/tmp/u032-dir", Sys->OREAD|Sys->OEXCL, Sys->DMDIR|8r755);
	sys->print("made dir: %d\n", dfd != nil);
	dfd = sys->create("/tmp/u032-dir", Sys->OREAD|Sys->OEXCL, Sys->DMDIR|8r755);
	sys->print("made dir again with OEXCL: %d (%r)\n", dfd != nil);
	sys->remove("/tmp/u032-dir");
	sys->remove(LOCK);
	(ok, nil) := sys->stat(LOCK);
	sys->print("cleaned up: %d\n", ok < 0);
}
