implement ChdirRel;

include "sys.m";
	sys: Sys;
include "draw.m";

ChdirRel: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

put(path, text: string): int
{
	fd := sys->create(path, Sys->OWRITE, 8r644);
	if(fd == nil)
		return -1;
	b := array of byte text;
	return sys->write(fd, b, len b);
}

get(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<%s: missing>", path);
	buf := array[100] of byte;
	n := sys->read(fd, buf, len buf);
	return string buf[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	top := sys->sprint("/tmp/s021B-%d", 7);
	# clear leftovers from an interrupted run
	sys->remove(top + "/deep/er/leaf");
	sys->remove(top + "/deep/er");
	sys->remove(top + "/deep/note");
	sys->remove(top + "/deep");
	sys->remove(top + "/readme");
	sys->remove(top);

	if(sys->create(top, Sys->OREAD, Sys->DMDIR|8r755) == nil){
		sys->print("mkdir: %r\n");
		return;
	}
	if(sys->chdir(top) < 0){
		sys->print("chdir: %r\n");
		return;
	}
	sys->print("wrote %d\n", put("readme", "top level file"));
	sys->create("deep", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create("deep/er", Sys->OREAD, Sys->DMDIR|8r755);
	sys->print("wrote %d\n", put("deep/note", "in deep"));
	sys->chdir("deep/er");
	sys->print("wrote %d\n", put("leaf", "at the bottom"));
	sys->print("../note: %s\n", get("../note"));
	sys->print("../../readme: %s\n", get("../../readme"));
	sys->print("./leaf: %s\n", get("./leaf"));
	fd := sys->open("leaf", Sys->OREAD);
	sys->print("fd2path: %s\n", sys->fd2path(fd));
	fd = nil;
	cwd := sys->open(".", Sys->OREAD);
	sys->print("cwd path: %s\n", sys->fd2path(cwd));
	cwd = nil;
	sys->chdir("../..");
	(ok, d) := sys->stat("deep/er/leaf");
	if(ok >= 0)
		sys->print("stat leaf: name=%s len=%bd\n", d.name, d.length);
	sys->print("missing: %s\n", get("deep/nothing"));
	sys->chdir("/");
	sys->print("remove relative after chdir /: %d\n", sys->remove("readme"));
	n := 0;
	paths := array[] of {"/deep/er/leaf", "/deep/er", "/deep/note", "/deep", "/readme", ""};
	for(i := 0; i < len paths; i++)
		if(sys->remove(top + paths[i]) == 0)
			n++;
	sys->print("removed %d entries\n", n);
}
