implement APrint;

include "sys.m";
	sys: Sys;
include "draw.m";

APrint: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := sys->aprint("%s-%d-%x", "blk", 42, 255);
	sys->print("aprint len %d: %s\n", len a, string a);
	u := sys->aprint("%s", "π≈3.14");
	sys->print("utf aprint: %d bytes, %d chars\n", len u, len string u);
	name := "/tmp/q045.log";
	fd := sys->create(name, Sys->OWRITE, 8r644);
	total := 0;
	for(i := 0; i < 5; i++){
		rec := sys->aprint("%03d|%-6s|%6.2f\n", i, "ab"[0:i%3], real i / 3.0);
		total += sys->write(fd, rec, len rec);
	}
	n := sys->fprint(fd, "%s\n", "trailer");
	sys->print("fprint returned %d, records %d bytes\n", n, total);
	fd = nil;
	fd = sys->open(name, Sys->OREAD);
	buf := array[200] of byte;
	r := sys->read(fd, buf, len buf);
	sys->print("read back %d bytes:\n%s", r, string buf[0:r]);
	# print returns the number of bytes written
	k := sys->print("%s\n", "12345");
	sys->print("print returned %d\n", k);
	k = sys->print("%s\n", "ü");
	sys->print("print of 1 char returned %d\n", k);
	sys->remove(name);
	# fprint to stderr goes to the console too
	sys->fprint(sys->fildes(2), "to stderr: %d\n", 2);
}
