implement OpenDir;

include "sys.m";
	sys: Sys;
include "draw.m";

OpenDir: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

D: con "/tmp/u033-dir";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(D, Sys->OREAD, Sys->DMDIR|8r755);
	modes := array[] of {Sys->OREAD, Sys->OWRITE, Sys->ORDWR, Sys->OREAD|Sys->OTRUNC};
	names := array[] of {"OREAD", "OWRITE", "ORDWR", "OREAD|OTRUNC"};
	for(i := 0; i < len modes; i++){
		sys->werrstr("");
		fd := sys->open(D, modes[i]);
		if(fd == nil)
			sys->print("open dir %s: refused (%r)\n", names[i]);
		else
			sys->print("open dir %s: ok\n", names[i]);
	}
	fd := sys->open(D, Sys->OREAD);
	sys->werrstr("");
	n := sys->write(fd, array of byte "data", 4);
	sys->print("write on dir fd opened for reading: %d (%r)\n", n);
	sys->werrstr("");
	f := sys->create(D, Sys->OWRITE, 8r644);
	sys->print("create file over dir: ok=%d (%r)\n", f != nil);
	f = sys->create(D + "/inner", Sys->OWRITE, 8r644);
	sys->write(f, array of byte "x", 1);
	f = nil;
	buf := array[10] of byte;
	fd = sys->open(D, Sys->OREAD);
	sys->werrstr("");
	n = sys->read(fd, buf, 3);
	sys->print("short read on dir: %d\n", n);
	(m, d) := sys->dirread(fd);
	sys->print("dirread after short read: m=%d\n", m);
	if(m > 0)
		sys->print("first entry %s\n", d[0].name);
	fd = nil;
	sys->remove(D + "/inner");
	sys->remove(D);
	sys->print("done\n");
}
