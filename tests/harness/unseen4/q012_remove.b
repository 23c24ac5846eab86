implement RemoveT;

include "sys.m";
	sys: Sys;
include "draw.m";

RemoveT: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

exists(p: string): int
{
	(ok, nil) := sys->stat(p);
	return ok == 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	d := "/tmp/q012";
	sys->create(d, Sys->OREAD, Sys->DMDIR|8r755);
	for(i := 0; i < 4; i++){
		fd := sys->create(sys->sprint("%s/n%d", d, i), Sys->OWRITE, 8r644);
		sys->fprint(fd, "%d\n", i*i);
	}
	sys->werrstr("");
	if(sys->remove(d) < 0)
		sys->print("remove nonempty dir: %r\n");
	for(i = 0; i < 4; i++){
		p := sys->sprint("%s/n%d", d, i);
		sys->print("%s exists=%d\n", p, exists(p));
		if(i % 2 == 0){
			sys->remove(p);
			sys->print("  removed, exists=%d\n", exists(p));
		}
	}
	sys->werrstr("");
	if(sys->remove(d+"/n0") < 0)
		sys->print("second remove: %r\n");
	# ORCLOSE: file disappears when closed
	fd := sys->create(d+"/tmpfile", Sys->OWRITE|Sys->ORCLOSE, 8r600);
	sys->fprint(fd, "scratch");
	sys->print("tmpfile exists while open=%d\n", exists(d+"/tmpfile"));
	fd = nil;
	sys->print("tmpfile exists after close=%d\n", exists(d+"/tmpfile"));
	# OTRUNC on reopen
	fd = sys->open(d+"/n1", Sys->OWRITE|Sys->OTRUNC);
	fd = nil;
	(nil, dir) := sys->stat(d+"/n1");
	sys->print("n1 after OTRUNC len=%bd\n", dir.length);
	sys->remove(d+"/n1");
	sys->remove(d+"/n3");
	sys->print("rmdir=%d exists=%d\n", sys->remove(d), exists(d));
}
