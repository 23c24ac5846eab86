#args: 4
implement Kheadtail;

include "sys.m";
	sys: Sys;
include "draw.m";

Kheadtail: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k08_headtail";

# a tiny line reader over a file descriptor
Reader: adt {
	fd:	ref Sys->FD;
	buf:	array of byte;
	pos:	int;
	end:	int;
	getline:	fn(r: self ref Reader): string;
};

Reader.getline(r: self ref Reader): string
{
	line := array[0] of byte;
	for(;;){
		if(r.pos >= r.end){
			r.end = sys->read(r.fd, r.buf, len r.buf);
			r.pos = 0;
			if(r.end <= 0){
				if(len line == 0)
					return nil;
				return string line;
			}
		}
		i := r.pos;
		while(i < r.end && r.buf[i] != byte '\n')
			i++;
		if(i < r.end){
			nl := array[len line + i + 1 - r.pos] of byte;
			nl[0:] = line;
			nl[len line:] = r.buf[r.pos:i+1];
			r.pos = i + 1;
			return string nl;
		}
		nl := array[len line + r.end - r.pos] of byte;
		nl[0:] = line;
		nl[len line:] = r.buf[r.pos:r.end];
		line = nl;
		r.pos = r.end;
	}
}

open(name: string): ref Reader
{
	fd := sys->open(DIR+"/"+name, Sys->OREAD);
	if(fd == nil)
		return nil;
	return ref Reader(fd, array[13] of byte, 0, 0);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	n := 10;
	if(tl args != nil)
		n = int hd tl args;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);

	fd := sys->create(DIR+"/long", Sys->OWRITE, 8r644);
	for(i := 1; i <= 23; i++)
		sys->fprint(fd, "record %d of 23 %s\n", i, pad(i));
	fd = sys->create(DIR+"/short", Sys->OWRITE, 8r644);
	sys->fprint(fd, "only\ntwo lines");
	fd = sys->create(DIR+"/empty", Sys->OWRITE, 8r644);
	fd = nil;

	names := array[] of {"long", "short", "empty", "absent"};
	for(i = 0; i < len names; i++){
		sys->print("==> head -%d %s <==\n", n, names[i]);
		head(names[i], n);
		sys->print("==> tail -%d %s <==\n", n, names[i]);
		tail(names[i], n);
	}
	sys->print("==> tail -1 long <==\n");
	tail("long", 1);
	sys->print("==> tail -0 long <==\n");
	tail("long", 0);

	for(i = 0; i < 3; i++)
		sys->remove(DIR+"/"+names[i]);
	sys->remove(DIR);
}

pad(i: int): string
{
	s := "";
	for(j := 0; j < i % 7; j++)
		s += "*";
	return s;
}

show(l: string)
{
	if(l[len l - 1] != '\n')
		l += "\\ no newline\n";
	sys->print("%s", l);
}

head(name: string, n: int)
{
	r := open(name);
	if(r == nil){
		sys->print("head: %s: %r\n", name);
		return;
	}
	for(i := 0; i < n; i++){
		l := r.getline();
		if(l == nil)
			break;
		show(l);
	}
}

tail(name: string, n: int)
{
	r := open(name);
	if(r == nil){
		sys->print("tail: %s: %r\n", name);
		return;
	}
	if(n <= 0)
		return;
	ring := array[n] of string;
	count := 0;
	while((l := r.getline()) != nil){
		ring[count % n] = l;
		count++;
	}
	start := 0;
	if(count > n)
		start = count - n;
	for(i := start; i < count; i++)
		show(ring[i % n]);
	sys->print("(%d lines read, ring slot of last line %d)\n", count, (count+n-1) % n);
}
