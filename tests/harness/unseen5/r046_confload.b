implement Confload;

include "sys.m";
	sys: Sys;
include "draw.m";

Confload: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

CONF: con "/tmp/r046.conf";

Entry: adt {
	section, key, value:	string;
};

entries: list of ref Entry;

readconf(path: string)
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		raise "config: cannot open " + path;
	buf := array[2048] of byte;
	n := sys->read(fd, buf, len buf);
	(nil, lines) := sys->tokenize(string buf[0:n], "\n");
	section := "global";
	for(; lines != nil; lines = tl lines){
		l := hd lines;
		if(l[0] == ';')
			continue;
		if(l[0] == '[' && l[len l-1] == ']'){
			section = l[1:len l-1];
			continue;
		}
		(nw, w) := sys->tokenize(l, "= \t");
		if(nw != 2)
			raise "config: bad line: " + l;
		entries = ref Entry(section, hd w, hd tl w) :: entries;
	}
}

lookup(section, key: string): string
{
	for(l := entries; l != nil; l = tl l){
		e := hd l;
		if(e.section == section && e.key == key)
			return e.value;
	}
	raise sys->sprint("config: missing key %s.%s", section, key);
}

need(section, key: string): int
{
	v := lookup(section, key);
	return int v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	fd := sys->create(CONF, Sys->OWRITE, 8r644);
	sys->fprint(fd, "; server settings\nname = demo\n[net]\nport = 564\nretries=3\n[disk]\nquota = 1024\n");
	fd = nil;
	readconf(CONF);
	sys->print("%d entries\n", len entries);
	sys->print("name %s\n", lookup("global", "name"));
	sys->print("port %d\n", need("net", "port"));
	total := 0;
	for(k := "retries" :: "quota" :: nil; k != nil; k = tl k){
		{
			total += need("net", hd k);
		}exception e{
		"config: missing*" =>
			sys->print("warning: %s; trying disk\n", e);
			total += need("disk", hd k);
		}
	}
	sys->print("total %d\n", total);
	# a required value nobody checks for
	timeout := need("net", "timeout");
	sys->print("timeout %d\n", timeout);
}
