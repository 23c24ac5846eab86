implement FdTable;

include "sys.m";
	sys: Sys;
include "draw.m";

FdTable: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

F1: con "/tmp/o_11_one";
F2: con "/tmp/o_11_two";

Slot: adt {
	label:	string;
	fd:	int;
};

# what each numbered descriptor currently refers to
describe(tag: string, slots: array of Slot)
{
	s := "";
	for(i := 0; i < len slots; i++){
		fd := sys->fildes(slots[i].fd);	# a fresh dup; closed again when dropped
		if(fd == nil){
			s += sys->sprint(" %s=closed", slots[i].label);
			continue;
		}
		(ok, d) := sys->fstat(fd);
		if(ok < 0)
			s += sys->sprint(" %s=?", slots[i].label);
		else
			s += sys->sprint(" %s=%s", slots[i].label, d.name);
	}
	sys->print("%s:%s\n", tag, s);
}

# runs with a brand-new fd table holding only what it was given
isolated(keep: list of int, slots: array of Slot, done: chan of int)
{
	sys->pctl(Sys->NEWFD, keep);
	describe("isolated", slots);
	fd := sys->fildes(slots[0].fd);
	if(fd != nil){
		sys->seek(fd, big 0, Sys->SEEKEND);
		sys->fprint(fd, "isolated child appended\n");
	}
	done <-= 0;
}

# a copy of the table: changes do not leak back
forked(slots: array of Slot, done: chan of int)
{
	sys->pctl(Sys->FORKFD, nil);
	if(sys->dup(2, slots[1].fd) < 0)
		sys->print("dup: %r\n");
	describe("forked", slots);
	done <-= 0;
}

slurp(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<%r>\n");
	buf := array[512] of byte;
	n := sys->readn(fd, buf, len buf);
	if(n < 0)
		return "";
	return string buf[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := sys->create(F1, Sys->ORDWR, 8r644);
	b := sys->create(F2, Sys->ORDWR, 8r644);
	if(a == nil || b == nil){
		sys->fprint(sys->fildes(2), "create: %r\n");
		raise "fail:create";
	}
	sys->fprint(a, "parent wrote first\n");
	sys->fprint(b, "second file\n");

	# duplicate a onto a fixed slot
	n := 20;
	if(sys->dup(a.fd, n) != n)
		sys->print("dup failed: %r\n");
	c := sys->fildes(n);
	sys->fprint(c, "written via a copy of fd %d\n", n);
	c = nil;
	slots := array[] of {Slot("a", a.fd), Slot("b", b.fd), Slot("fd20", n)};
	describe("parent", slots);

	done := chan of int;
	# forgetting to keep 1 and 2 would silence the child completely
	spawn isolated(a.fd :: 1 :: 2 :: nil, slots, done);
	<-done;
	spawn forked(slots, done);
	<-done;
	describe("parent again", slots);

	sys->print("fildes(55) nil: %d\n", sys->fildes(55) == nil);
	sys->print("fd2path(b): %s\n", sys->fd2path(b));

	# point fd 20 at b instead: dup closes what was there
	if(sys->dup(b.fd, n) == n)
		describe("fd20 moved", slots);

	# /dev/null swallows writes and reads as empty
	null := sys->open("/dev/null", Sys->ORDWR);
	junk := array[100] of byte;
	sys->print("/dev/null: wrote %d, read %d, path %s\n",
		sys->write(null, junk, len junk), sys->read(null, junk, len junk), sys->fd2path(null));
	sysctl := sys->open("/dev/sysctl", Sys->OREAD);
	if(sysctl != nil && (m := sys->read(sysctl, junk, len junk)) > 0)
		sys->print("/dev/sysctl: %s\n", string junk[0:m]);

	a = nil;
	b = nil;
	sys->print("--- %s\n%s", F1, slurp(F1));
	sys->print("--- %s\n%s", F2, slurp(F2));
	sys->remove(F1);
	sys->remove(F2);
	sys->print("after remove: %s", slurp(F1));
}
