implement DupRedirect;

include "sys.m";
	sys: Sys;
include "draw.m";

DupRedirect: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

LOG: con "/tmp/g23_dup_redirect.log";

slurp(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "<" + sys->sprint("%r") + ">";
	buf := array[1024] of byte;
	n := sys->readn(fd, buf, len buf);
	if(n < 0)
		n = 0;
	return string buf[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("before redirect\n");

	saved := sys->fildes(1);	# a second descriptor for the console
	if(saved == nil){
		sys->print("fildes(1) failed\n");
		return;
	}
	logfd := sys->create(LOG, Sys->ORDWR, 8r644);
	if(logfd == nil){
		sys->print("create: %r\n");
		return;
	}
	if(sys->dup(logfd.fd, 1) != 1){
		sys->print("dup failed: %r\n");
		return;
	}
	# these go to the log file
	sys->print("captured line one\n");
	for(i := 1; i <= 3; i++)
		sys->print("captured %d squared is %d\n", i, i*i);
	sys->fprint(sys->fildes(1), "via fildes(1)\n");

	# restore the console
	r := sys->dup(saved.fd, 1);
	sys->print("restored, dup returned %d\n", r);

	text := slurp(LOG);
	(n, lines) := sys->tokenize(text, "\n");
	sys->print("log has %d bytes, %d lines:\n", len array of byte text, n);
	for(; lines != nil; lines = tl lines)
		sys->print("  | %s\n", hd lines);

	# fprint to fd 2 also reaches the console
	sys->fprint(sys->fildes(2), "to stderr\n");

	# a dup'ed descriptor shares the file offset
	fd2 := sys->dup(logfd.fd, -1);
	sys->print("dup to new slot ok=%d\n", fd2 >= 0);
	other := sys->fildes(fd2);
	sys->seek(logfd, big 0, Sys->SEEKSTART);
	buf := array[8] of byte;
	sys->read(other, buf, 8);
	sys->print("read via dup: %q, offset via original: %bd\n",
		string buf, sys->seek(logfd, big 0, Sys->SEEKRELA));

	# fildes of a descriptor that is not open
	sys->print("fildes(77) nil=%d\n", sys->fildes(77) == nil);
	sys->print("dup(77, -1) = %d\n", sys->dup(77, -1));
	logfd = other = nil;
	sys->remove(LOG);
}
