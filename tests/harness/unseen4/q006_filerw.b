implement FileRW;

include "sys.m";
	sys: Sys;
include "draw.m";

FileRW: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	name := "/tmp/q006.data";
	fd := sys->create(name, Sys->ORDWR, 8r644);
	if(fd == nil){
		sys->print("create failed: %r\n");
		return;
	}
	for(i := 0; i < 5; i++){
		line := sys->sprint("record %d: %s\n", i, "xxxxxxxxxx"[0:i*2]);
		n := sys->write(fd, array of byte line, len line);
		sys->print("wrote %d\n", n);
	}
	off := sys->seek(fd, big 0, Sys->SEEKSTART);
	sys->print("seek -> %bd\n", off);
	buf := array[16] of byte;
	total := 0;
	for(;;){
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			break;
		total += n;
		sys->print("chunk %2d: %q\n", n, string buf[0:n]);
	}
	sys->print("total %d\n", total);
	fd = nil;
	fd = sys->open(name, Sys->OREAD);
	sys->seek(fd, big 10, Sys->SEEKSTART);
	n := sys->read(fd, buf, 6);
	sys->print("at 10: %s\n", string buf[0:n]);
	if(sys->remove(name) < 0)
		sys->print("remove: %r\n");
	else
		sys->print("removed\n");
}
