implement SysWriteNilBuf;

include "sys.m";
	sys: Sys;
include "draw.m";

SysWriteNilBuf: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	out := sys->fildes(1);
	for(n := 0; n < 3; n++){
		{
			r := sys->write(out, nil, n);
			sys->print("write(nil, %d) = %d\n", n, r);
		} exception e {
		"*" =>
			sys->print("write(nil, %d): %s\n", n, e);
		}
	}
	buf: array of byte;
	name := "/tmp/dbg-errors-sys-write-nilbuf";
	fd := sys->create(name, Sys->ORDWR, 8r600);
	sys->fprint(fd, "hello");
	sys->seek(fd, big 0, Sys->SEEKSTART);
	{
		r := sys->read(fd, buf, 0);
		sys->print("read(nil, 0) = %d\n", r);
	} exception e {
	"*" =>
		sys->print("read(nil, 0): %s\n", e);
	}
	{
		r := sys->read(fd, buf, 5);
		sys->print("read(nil, 5) = %d\n", r);
	} exception e {
	"*" =>
		sys->print("read(nil, 5): %s\n", e);
	}
	b := array[10] of byte;
	r := sys->read(fd, b, len b);
	sys->print("then read %d: %s\n", r, string b[0:r]);
	fd = nil;
	sys->remove(name);
	sys->print("done\n");
}
