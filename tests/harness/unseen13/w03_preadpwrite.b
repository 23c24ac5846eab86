implement PRW;

include "sys.m";
	sys: Sys;
include "draw.m";

PRW: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

RECSZ: con 12;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	path := "/tmp/w_03records";
	fd := sys->create(path, Sys->ORDWR|Sys->OTRUNC, 8r644);
	if(fd == nil){
		sys->print("cannot create: %r\n");
		return;
	}
	names := array[] of {"alpha", "beta", "gamma", "delta", "epsilon", "zeta"};
	# write records in reverse order by absolute offset
	for(i := len names - 1; i >= 0; i--){
		rec := array[RECSZ] of { * => byte '.' };
		s := sys->sprint("%d:%s", i, names[i]);
		b := array of byte s;
		rec[0:] = b;
		rec[RECSZ-1] = byte '\n';
		n := sys->pwrite(fd, rec, RECSZ, big (i*RECSZ));
		if(n != RECSZ)
			sys->print("short pwrite %d\n", n);
	}
	# the file offset is unaffected by pwrite
	sys->print("offset after pwrites: %bd\n", sys->seek(fd, big 0, Sys->SEEKRELA));

	buf := array[RECSZ] of byte;
	order := array[] of {3, 0, 5, 1};
	for(i = 0; i < len order; i++){
		n := sys->pread(fd, buf, RECSZ, big (order[i]*RECSZ));
		sys->print("rec %d: %s", order[i], string buf[0:n]);
	}
	# patch record 2 in place, in the middle
	sys->pwrite(fd, array of byte "GAMMA", 5, big (2*RECSZ+2));
	# read past end
	n := sys->pread(fd, buf, RECSZ, big 1000);
	sys->print("pread past end: %d\n", n);
	# plain read from start now sees everything
	all := array[200] of byte;
	n = sys->readn(fd, all, len all);
	sys->print("readn got %d bytes\n%s", n, string all[0:n]);
	# partial pread at the tail
	n = sys->pread(fd, all, 100, big (len names * RECSZ - 5));
	sys->print("tail pread %d: %q\n", n, string all[0:n]);
	fd = nil;
	if(sys->remove(path) == 0)
		sys->print("cleanup ok\n");
}
