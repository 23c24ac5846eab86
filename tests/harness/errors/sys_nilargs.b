implement SysNilArgs;

include "sys.m";
	sys: Sys;
include "draw.m";

SysNilArgs: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd: ref Sys->FD;
	buf := array[10] of {* => byte 'z'};
	{
		n := sys->fprint(fd, "to nil fd\n");
		sys->print("fprint nil fd = %d [%r]\n", n);
	} exception e {
	"*" =>
		sys->print("fprint nil fd: %s\n", e);
	}
	{
		n := sys->write(fd, buf, 1);
		sys->print("write nil fd = %d [%r]\n", n);
	} exception e {
	"*" =>
		sys->print("write nil fd: %s\n", e);
	}
	{
		n := sys->read(fd, buf, 1);
		sys->print("read nil fd = %d [%r]\n", n);
	} exception e {
	"*" =>
		sys->print("read nil fd: %s\n", e);
	}
	out := sys->fildes(1);
	{
		n := sys->write(out, buf, 11);
		sys->print("\nwrite 11 of 10 = %d [%r]\n", n);
	} exception e {
	"*" =>
		sys->print("write: %s\n", e);
	}
	{
		sys->werrstr("before");
		n := sys->write(out, buf, -1);
		sys->print("write -1 = %d [%r]\n", n);
	} exception e {
	"*" =>
		sys->print("write -1: %s\n", e);
	}
	{
		f := sys->open(nil, Sys->OREAD);
		sys->print("open nil: %d [%r]\n", f == nil);
	} exception e {
	"*" =>
		sys->print("open nil: %s\n", e);
	}
	{
		ns: string;
		s := sys->sprint("%s", ns);
		sys->print("sprint nil = %q len %d\n", s, len s);
	} exception e {
	"*" =>
		sys->print("sprint nil: %s\n", e);
	}
	{
		n := sys->print("%s|%d|%r|%c\n", "", 0, 'x');
		sys->print("print returned %d\n", n);
	} exception e {
	"*" =>
		sys->print("print: %s\n", e);
	}
	{
		b := sys->aprint("%s", "abc");
		sys->print("aprint len %d\n", len b);
	} exception e {
	"*" =>
		sys->print("aprint: %s\n", e);
	}
	{
		(n, l) := sys->tokenize(nil, " ");
		sys->print("tokenize nil: %d %d\n", n, l == nil);
		(n, l) = sys->tokenize("a b", nil);
		sys->print("tokenize sep nil: %d %s\n", n, hd l);
	} exception e {
	"*" =>
		sys->print("tokenize: %s\n", e);
	}
	{
		n := sys->byte2char(nil, 0);
		sys->print("byte2char nil %d\n", n.t0);
	} exception e {
	"*" =>
		sys->print("byte2char nil: %s\n", e);
	}
	{
		(c, l, ok) := sys->byte2char(buf, 20);
		sys->print("byte2char beyond %d %d %d\n", c, l, ok);
	} exception e {
	"*" =>
		sys->print("byte2char beyond: %s\n", e);
	}
	{
		n := sys->char2byte('x', buf, 10);
		sys->print("char2byte at end %d\n", n);
		n = sys->char2byte('x', buf, 11);
		sys->print("char2byte beyond %d\n", n);
	} exception e {
	"*" =>
		sys->print("char2byte: %s\n", e);
	}
	{
		n := sys->utfbytes(buf, 11);
		sys->print("utfbytes beyond %d\n", n);
	} exception e {
	"*" =>
		sys->print("utfbytes: %s\n", e);
	}
	sys->print("done\n");
}
