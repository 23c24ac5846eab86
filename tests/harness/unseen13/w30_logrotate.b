#args: 3 5
implement LogRotate;

include "sys.m";
	sys: Sys;
include "draw.m";

LogRotate: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

DIR: con "/tmp/w_30logs";

rename(src, dst: string): int
{
	d := sys->nulldir;
	d.name = dst;
	return sys->wstat(DIR+"/"+src, d);
}

exists(name: string): int
{
	(ok, nil) := sys->stat(DIR+"/"+name);
	return ok == 0;
}

rotate(keep: int)
{
	# drop the oldest, shift the rest up by one
	sys->remove(sys->sprint("%s/app.log.%d", DIR, keep));
	for(i := keep-1; i >= 1; i--)
		if(exists(sys->sprint("app.log.%d", i)))
			rename(sys->sprint("app.log.%d", i), sys->sprint("app.log.%d", i+1));
	if(exists("app.log"))
		rename("app.log", "app.log.1");
}

logline(round, n: int)
{
	fd := sys->open(DIR+"/app.log", Sys->OWRITE);
	if(fd == nil)
		fd = sys->create(DIR+"/app.log", Sys->OWRITE, 8r644);
	sys->seek(fd, big 0, Sys->SEEKEND);
	sys->fprint(fd, "round %d entry %d\n", round, n);
}

show()
{
	fd := sys->open(DIR, Sys->OREAD);
	(n, d) := sys->dirread(fd);
	for(i := 1; i < n; i++)
		for(j := i; j > 0 && d[j-1].name > d[j].name; j--)
			(d[j-1], d[j]) = (d[j], d[j-1]);
	for(i = 0; i < n; i++){
		buf := array[32] of byte;
		f := sys->open(DIR+"/"+d[i].name, Sys->OREAD);
		m := sys->read(f, buf, len buf);
		first := "";
		if(m > 0){
			(nil, l) := sys->tokenize(string buf[0:m], "\n");
			first = hd l;
		}
		sys->print("  %-10s %3bd  %s\n", d[i].name, d[i].length, first);
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	keep := int hd tl argv;
	rounds := int hd tl tl argv;
	if(sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755) == nil){
		sys->fprint(sys->fildes(2), "mkdir %s: %r\n", DIR);
		return;
	}
	for(r := 1; r <= rounds; r++){
		for(k := 0; k < r; k++)
			logline(r, k);
		sys->print("round %d:\n", r);
		show();
		rotate(keep);
	}
	# renaming onto an existing name: report what the file server did
	logline(0, 0);
	if(rename("app.log", "app.log.1") < 0)
		sys->print("rename onto existing: %r\n");
	else
		sys->print("rename onto existing replaced it: app.log %d, app.log.1 %d\n", exists("app.log"), exists("app.log.1"));
	fd := sys->open(DIR, Sys->OREAD);
	(n, d) := sys->dirread(fd);
	for(i := 0; i < n; i++)
		sys->remove(DIR+"/"+d[i].name);
	fd = nil;
	sys->print("removed %d files, dir removal %d\n", n, sys->remove(DIR));
}
