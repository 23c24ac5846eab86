implement Iounit;

# sys->iounit: 0 for files, the console and pipes; a nil FD is an exception.
include "sys.m";
	sys: Sys;
include "draw.m";

Iounit: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	path := "/tmp/disbridge-iounit.txt";
	fd := sys->create(path, Sys->ORDWR, 8r600);
	sys->print("file %d console %d\n", sys->iounit(fd), sys->iounit(sys->fildes(1)));
	sys->remove(path);
	p := array[2] of ref Sys->FD;
	sys->pipe(p);
	sys->print("pipe %d\n", sys->iounit(p[0]));
	sys->print("nil %d\n", sys->iounit(nil));
	sys->print("not reached\n");
}
