implement KVStore;

include "sys.m";
	sys: Sys;
include "draw.m";

KVStore: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

DIR: con "/tmp/t060kv";
LOG: con DIR + "/data.log";

# log record: "S key value\n" or "D key\n"; values may not contain newlines
Store: adt {
	fd:	ref Sys->FD;
	index:	list of (string, string);
	nrec:	int;

	open:	fn(path: string): ref Store;
	set:	fn(s: self ref Store, k, v: string);
	del:	fn(s: self ref Store, k: string);
	get:	fn(s: self ref Store, k: string): string;
	replay:	fn(s: self ref Store, path: string);
	compact:	fn(s: self ref Store, path: string): (big, big);
};

Store.open(path: string): ref Store
{
	fd := sys->open(path, Sys->ORDWR);
	if(fd == nil)
		fd = sys->create(path, Sys->ORDWR, 8r600);
	if(fd == nil)
		raise "kv: cannot open " + path;
	s := ref Store(fd, nil, 0);
	s.replay(path);
	sys->seek(fd, big 0, Sys->SEEKEND);
	return s;
}

remove(l: list of (string, string), k: string): list of (string, string)
{
	r: list of (string, string);
	for(; l != nil; l = tl l)
		if((hd l).t0 != k)
			r = hd l :: r;
	return r;
}

apply(s: ref Store, line: string)
{
	if(len line < 3)
		raise "kv: short record";
	rest := line[2:];
	case line[0] {
	'S' =>
		(k, v) := splitfirst(rest);
		s.index = (k, v) :: remove(s.index, k);
	'D' =>
		s.index = remove(s.index, rest);
	* =>
		raise sys->sprint("kv: bad record type %c", line[0]);
	}
	s.nrec++;
}

splitfirst(s: string): (string, string)
{
	for(i := 0; i < len s; i++)
		if(s[i] == ' ')
			return (s[0:i], s[i+1:]);
	return (s, "");
}

Store.replay(s: self ref Store, path: string)
{
	fd := sys->open(path, Sys->OREAD);
	buf := array[64] of byte;
	pending := "";
	while((n := sys->read(fd, buf, len buf)) > 0){
		pending += string buf[0:n];
		for(;;){
			i := 0;
			while(i < len pending && pending[i] != '\n')
				i++;
			if(i == len pending)
				break;
			apply(s, pending[0:i]);
			pending = pending[i+1:];
		}
	}
}

Store.set(s: self ref Store, k, v: string)
{
	rec := sys->sprint("S %s %s\n", k, v);
	sys->fprint(s.fd, "%s", rec);
	apply(s, rec[0:len rec - 1]);
}

Store.del(s: self ref Store, k: string)
{
	sys->fprint(s.fd, "D %s\n", k);
	apply(s, "D " + k);
}

Store.get(s: self ref Store, k: string): string
{
	for(l := s.index; l != nil; l = tl l)
		if((hd l).t0 == k)
			return (hd l).t1;
	return nil;
}

Store.compact(s: self ref Store, path: string): (big, big)
{
	(nil, before) := sys->stat(path);
	tmp := path + ".new";
	fd := sys->create(tmp, Sys->OWRITE, 8r600);
	# write in sorted key order
	a := array[len s.index] of (string, string);
	i := 0;
	for(l := s.index; l != nil; l = tl l)
		a[i++] = hd l;
	for(i = 1; i < len a; i++)
		for(j := i; j > 0 && a[j].t0 < a[j-1].t0; j--)
			(a[j], a[j-1]) = (a[j-1], a[j]);
	for(i = 0; i < len a; i++)
		sys->fprint(fd, "S %s %s\n", a[i].t0, a[i].t1);
	fd = nil;
	s.fd = nil;
	sys->remove(path);
	d := sys->nulldir;
	(nil, base) := splitlast(path);
	d.name = base;
	if(sys->wstat(tmp, d) < 0)
		raise "kv: rename failed";
	(nil, after) := sys->stat(path);
	s.fd = sys->open(path, Sys->ORDWR);
	sys->seek(s.fd, big 0, Sys->SEEKEND);
	return (before.length, after.length);
}

splitlast(p: string): (string, string)
{
	for(i := len p - 1; i >= 0; i--)
		if(p[i] == '/')
			return (p[0:i], p[i+1:]);
	return ("", p);
}

dump(s: ref Store, title: string)
{
	n := 0;
	for(l := s.index; l != nil; l = tl l)
		n++;
	sys->print("%s: %d keys, %d records\n", title, n, s.nrec);
	keys := array[] of {"user", "shell", "home", "font", "editor", "tz"};
	line := "";
	for(i := 0; i < len keys; i++){
		v := s.get(keys[i]);
		if(v == nil)
			v = "-";
		line += sys->sprint(" %s=%s", keys[i], v);
	}
	sys->print(" %s\n", line);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r700);
	s := Store.open(LOG);
	s.set("user", "glenda");
	s.set("shell", "/dis/sh.dis");
	s.set("home", "/usr/glenda");
	s.set("font", "/fonts/lucm/unicode.9.font");
	s.set("shell", "/dis/sh");
	s.set("editor", "acme");
	s.del("font");
	s.set("tz", "GMT+1 summer time");
	s.set("editor", "sam");
	dump(s, "live");
	s.fd = nil;
	# reopen: state is rebuilt from the log
	s2 := Store.open(LOG);
	dump(s2, "replayed");
	(b, a) := s2.compact(LOG);
	sys->print("compacted %bd -> %bd bytes\n", b, a);
	s2.set("user", "ken");
	s2.fd = nil;
	s3 := Store.open(LOG);
	dump(s3, "after compaction");
	# corrupt the log with a bad record
	fd := sys->open(LOG, Sys->OWRITE);
	sys->seek(fd, big 0, Sys->SEEKEND);
	sys->fprint(fd, "X junk\n");
	fd = nil;
	{
		Store.open(LOG);
	} exception e {
	"kv:*" =>
		sys->print("reopen failed: %s\n", e);
	}
	sys->remove(LOG);
	sys->remove(LOG + ".new");
	sys->remove(DIR);
	(ok, nil) := sys->stat(DIR);
	sys->print("cleaned up: %d\n", ok < 0);
}
