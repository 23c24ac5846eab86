implement ErrorStrings;

include "sys.m";
	sys: Sys;
include "draw.m";

ErrorStrings: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

D: con "/tmp/g24_error_strings";

check(what: string, r: int)
{
	if(r < 0)
		sys->print("%-28s FAIL: %r\n", what);
	else
		sys->print("%-28s ok (%d)\n", what, r);
}

fdres(fd: ref Sys->FD): int
{
	if(fd == nil)
		return -1;
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	check("open missing file", fdres(sys->open(D + "/nope", Sys->OREAD)));
	check("create in missing dir", fdres(sys->create(D + "/sub/file", Sys->OWRITE, 8r644)));
	(sok, nil) := sys->stat(D);
	check("stat missing dir", sok);
	check("remove missing", sys->remove(D + "/ghost"));

	check("mkdir", fdres(sys->create(D, Sys->OREAD, Sys->DMDIR|8r755)));
	check("create file", fdres(sys->create(D + "/keep", Sys->OWRITE, 8r644)));
	check("remove non-empty dir", sys->remove(D));
	check("mkdir inside", fdres(sys->create(D + "/inner", Sys->OREAD, Sys->DMDIR|8r755)));
	check("open dir for write", fdres(sys->open(D, Sys->OWRITE)));

	# write to a read-only descriptor
	ro := sys->open(D + "/keep", Sys->OREAD);
	check("write on read-only fd", sys->write(ro, array of byte "x", 1));
	ro = nil;

	# werrstr sets the string that %r reports
	sys->werrstr("first custom error");
	sys->print("errstr set: %r\n");
	sys->werrstr("second");
	sys->print("errstr now: %r\n");

	# werrstr is per process: a spawned process sees its own
	c := chan of string;
	spawn child(c);
	sys->print("child reported: %s\n", <-c);
	sys->print("parent still: %r\n");

	# sprint can capture the error string
	fd := sys->open(D + "/missing.cfg", Sys->OREAD);
	msg := sys->sprint("%r");
	if(fd == nil)
		sys->print("captured %d chars: %s\n", len msg, msg);

	# clean up; the last removal fails
	check("remove file", sys->remove(D + "/keep"));
	check("remove inner dir", sys->remove(D + "/inner"));
	check("remove dir now empty", sys->remove(D));
	check("remove dir again", sys->remove(D));
}

child(c: chan of string)
{
	sys->werrstr("child's own error");
	c <-= sys->sprint("%r");
}
