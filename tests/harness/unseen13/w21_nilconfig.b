implement NilConfig;

include "sys.m";
	sys: Sys;
include "draw.m";

NilConfig: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Config: adt {
	name:	string;
	fd:	ref Sys->FD;
	size:	big;
};

openconf(path: string): ref Config
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "openconf: %s: %r\n", path);
		return nil;
	}
	(ok, d) := sys->fstat(fd);
	if(ok < 0)
		return nil;
	return ref Config(d.name, fd, d.length);
}

firstline(c: ref Config): string
{
	buf := array[256] of byte;
	n := sys->pread(c.fd, buf, len buf, big 0);
	if(n <= 0)
		return "";
	for(i := 0; i < n; i++)
		if(buf[i] == byte '\n')
			return string buf[0:i];
	return string buf[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	good := "/tmp/w_21good.conf";
	fd := sys->create(good, Sys->OWRITE, 8r644);
	sys->fprint(fd, "server=alpha\nport=564\n");
	fd = nil;

	paths := array[] of {good, "/tmp/w_21missing.conf"};
	confs := array[len paths] of ref Config;
	for(i := 0; i < len paths; i++)
		confs[i] = openconf(paths[i]);
	sys->remove(good);	# still readable through the open fd
	for(i = 0; i < len confs; i++){
		c := confs[i];
		# forgot to check for nil here
		sys->print("config %d: %s (%bd bytes) first line %q\n", i, c.name, c.size, firstline(c));
	}
	sys->print("not reached\n");
}
