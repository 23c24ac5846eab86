#args: -s -r -t
implement Kdirsort;

include "sys.m";
	sys: Sys;
include "draw.m";

Kdirsort: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k18_dirsort";

BYNAME, BYSIZE, BYTYPE: con iota;

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);
	files := array[] of {
		("Makefile", 310), ("README", 1200), ("main.b", 4500), ("zeta", 1),
		("alpha", 77), ("Beta", 77), ("core.dis", 9000), ("_hidden", 0), ("10.txt", 10), ("9.txt", 9)
	};
	for(i := 0; i < len files; i++){
		(n, sz) := files[i];
		fd := sys->create(DIR+"/"+n, Sys->OWRITE, 8r644);
		if(sz > 0)
			sys->write(fd, array[sz] of {* => byte 'x'}, sz);
	}
	dirs := array[] of {"lib", "Docs", "bin"};
	for(i = 0; i < len dirs; i++)
		sys->create(DIR+"/"+dirs[i], Sys->OREAD, Sys->DMDIR|8r755);

	entries := readall(DIR);
	sys->print("%d entries\n", len entries);

	sortby(entries, BYNAME, 0);
	listing("by name", entries);
	for(args = tl args; args != nil; args = tl args){
		case hd args {
		"-s" =>
			sortby(entries, BYSIZE, 0);
			listing("by size, then name", entries);
		"-r" =>
			sortby(entries, BYNAME, 1);
			listing("reverse name", entries);
		"-t" =>
			sortby(entries, BYTYPE, 0);
			listing("directories first", entries);
		}
	}

	for(i = 0; i < len entries; i++)
		sys->remove(DIR+"/"+entries[i].name);
	if(sys->remove(DIR) < 0)
		sys->print("remove: %r\n");
}

readall(path: string): array of Sys->Dir
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return nil;
	r := array[0] of Sys->Dir;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n < 0)
			sys->print("dirread: %r\n");
		if(n <= 0)
			break;
		t := array[len r + n] of Sys->Dir;
		t[0:] = r;
		t[len r:] = d[0:n];
		r = t;
	}
	return r;
}

isdir(d: Sys->Dir): int
{
	return (d.mode & Sys->DMDIR) != 0;
}

less(a, b: Sys->Dir, how: int): int
{
	case how {
	BYSIZE =>
		la := a.length;
		lb := b.length;
		if(isdir(a))
			la = big -1;
		if(isdir(b))
			lb = big -1;
		if(la != lb)
			return la > lb;
	BYTYPE =>
		if(isdir(a) != isdir(b))
			return isdir(a);
	}
	return a.name < b.name;
}

sortby(a: array of Sys->Dir, how, rev: int)
{
	# selection sort
	for(i := 0; i < len a; i++){
		m := i;
		for(j := i+1; j < len a; j++){
			if(rev){
				if(less(a[m], a[j], how))
					m = j;
			}else if(less(a[j], a[m], how))
				m = j;
		}
		if(m != i){
			t := a[i];
			a[i] = a[m];
			a[m] = t;
		}
	}
}

listing(title: string, a: array of Sys->Dir)
{
	sys->print("== %s\n", title);
	for(i := 0; i < len a; i++){
		if(isdir(a[i]))
			sys->print("d %6s %s/\n", "-", a[i].name);
		else
			sys->print("- %6bd %s\n", a[i].length, a[i].name);
	}
}
