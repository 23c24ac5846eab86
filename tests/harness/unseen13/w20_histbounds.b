#args: 3 9 1 4 7 12
implement HistBounds;

include "sys.m";
	sys: Sys;
include "draw.m";

HistBounds: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

NBUCKET: con 10;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	path := "/tmp/w_20vals";
	fd := sys->create(path, Sys->ORDWR|Sys->ORCLOSE, 8r600);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "create: %r\n");
		raise "fail:create";
	}
	# store the arguments one per line
	for(argv = tl argv; argv != nil; argv = tl argv)
		sys->fprint(fd, "%s\n", hd argv);
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[512] of byte;
	n := sys->read(fd, buf, len buf);
	(cnt, vals) := sys->tokenize(string buf[0:n], "\n");
	sys->print("%d values read back from %s\n", cnt, path);

	hist := array[NBUCKET] of {* => 0};
	for(; vals != nil; vals = tl vals){
		v := int hd vals;
		sys->print("bucket %d gets one\n", v);
		hist[v]++;	# no range check: 12 is out of bounds
	}
	for(i := 0; i < NBUCKET; i++)
		if(hist[i] > 0)
			sys->print("%2d %s\n", i, "**********"[0:hist[i]]);
}
