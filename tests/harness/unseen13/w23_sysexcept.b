implement SysExcept;

include "sys.m";
	sys: Sys;
include "draw.m";

SysExcept: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

path: con "/tmp/w_23data";

attempt(which: int): string
{
	buf := array[8] of byte;
	fd := sys->open(path, Sys->ORDWR);
	case which {
	0 =>
		n := sys->read(fd, buf, 16);
		return sys->sprint("read 16 into 8: %d", n);
	1 =>
		n := sys->write(fd, buf, 9);
		return sys->sprint("write 9 from 8: %d", n);
	2 =>
		n := sys->pread(fd, buf[2:], 7, big 0);
		return sys->sprint("pread 7 into slice of 6: %d", n);
	3 =>
		n := sys->read(fd, buf, -1);
		return sys->sprint("read -1: %d", n);
	4 =>
		(c, l, ok) := sys->byte2char(buf, 8);
		return sys->sprint("byte2char at len: %d %d %d", c, l, ok);
	5 =>
		n := sys->utfbytes(buf, 20);
		return sys->sprint("utfbytes 20 of 8: %d", n);
	6 =>
		n := sys->read(nil, buf, 4);
		return sys->sprint("read nil fd: %d", n);
	7 =>
		n := sys->read(fd, buf, 0);
		return sys->sprint("read 0: %d", n);
	8 =>
		fds := array[1] of ref Sys->FD;
		n := sys->pipe(fds);
		return sys->sprint("pipe into array of 1: %d", n);
	}
	return "no such case";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(path, Sys->OWRITE, 8r644);
	sys->fprint(fd, "0123456789ABCDEF");
	fd = nil;
	ncaught := 0;
	for(i := 0; i <= 8; i++){
		{
			sys->print("case %d: ok: %s\n", i, attempt(i));
		} exception e {
		"array bounds*" or "dereference*" =>
			sys->print("case %d: runtime error: %s\n", i, e);
			ncaught++;
		"*" =>
			sys->print("case %d: other exception: %s\n", i, e);
			ncaught++;
		}
	}
	sys->print("%d of 9 cases raised\n", ncaught);
	sys->remove(path);
}
