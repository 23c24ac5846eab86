implement PreadPwrite;

include "sys.m";
	sys: Sys;
include "draw.m";

PreadPwrite: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/g19_pread_pwrite.tbl";
SLOT: con 12;
NSLOT: con 6;

# a tiny fixed-slot table stored in a file
putslot(fd: ref Sys->FD, i: int, s: string): int
{
	b := array[SLOT] of {* => byte ' '};
	sb := array of byte s;
	if(len sb > SLOT - 1)
		sb = sb[0:SLOT-1];
	b[0:] = sb;
	b[SLOT-1] = byte '\n';
	return sys->pwrite(fd, b, SLOT, big (i*SLOT));
}

getslot(fd: ref Sys->FD, i: int): string
{
	b := array[SLOT] of byte;
	n := sys->pread(fd, b, SLOT, big (i*SLOT));
	if(n <= 0)
		return sys->sprint("<pread %d>", n);
	s := string b[0:n];
	# trim trailing spaces and newline
	j := len s;
	while(j > 0 && (s[j-1] == ' ' || s[j-1] == '\n'))
		j--;
	return s[0:j];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(FILE, Sys->ORDWR, 8r600);
	if(fd == nil){
		sys->print("create: %r\n");
		return;
	}
	# write slots in scrambled order
	order := array[] of {4, 1, 5, 0, 3, 2};
	vals := array[] of {"zero", "one", "two", "three", "four", "five-is-long-name"};
	for(k := 0; k < len order; k++){
		i := order[k];
		n := putslot(fd, i, vals[i]);
		sys->print("pwrite slot %d -> %d\n", i, n);
	}
	# pwrite/pread do not move the file offset
	sys->print("offset still %bd\n", sys->seek(fd, big 0, Sys->SEEKRELA));
	for(i := 0; i < NSLOT; i++)
		sys->print("slot %d = %q\n", i, getslot(fd, i));
	sys->print("slot %d = %q\n", NSLOT, getslot(fd, NSLOT));

	# sequential reads on a second descriptor see the same data
	fd2 := sys->open(FILE, Sys->OREAD);
	b := array[SLOT] of byte;
	for(k = 0; k < 2; k++){
		n := sys->read(fd2, b, SLOT);
		sys->print("seq read %d: %q\n", n, string b[0:SLOT-1]);
	}
	fd2 = nil;

	# swap two slots
	a := getslot(fd, 1);
	c := getslot(fd, 4);
	putslot(fd, 1, c);
	putslot(fd, 4, a);
	sys->print("after swap: 1=%s 4=%s\n", getslot(fd, 1), getslot(fd, 4));

	# partial pread at an unaligned offset
	small := array[5] of byte;
	n := sys->pread(fd, small, 5, big (2*SLOT + 1));
	sys->print("unaligned pread %d: %q\n", n, string small[0:n]);
	(nil, d) := sys->fstat(fd);
	sys->print("file length %bd = %d slots\n", d.length, int d.length / SLOT);
	fd = nil;
	sys->remove(FILE);
}
