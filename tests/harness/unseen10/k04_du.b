#args: -a
implement Kdu;

include "sys.m";
	sys: Sys;
include "draw.m";

Kdu: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k04_du";
allfiles := 0;

Entry: adt {
	name:	string;
	isdir:	int;
	length:	big;
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	for(args = tl args; args != nil; args = tl args)
		if(hd args == "-a")
			allfiles = 1;

	sys->create(ROOT, Sys->OREAD, Sys->DMDIR|8r755);
	layout := array[] of {
		("docs", 0), ("docs/readme", 120), ("docs/guide", 4096), ("docs/old", 0),
		("docs/old/v1", 333), ("docs/old/v2", 17),
		("src", 0), ("src/main.b", 2000), ("src/util.b", 777), ("src/lib", 0),
		("src/lib/a.m", 64), ("src/lib/b.m", 65), ("src/lib/empty", 0),
		("notes", 9), ("zero", -1)
	};
	for(i := 0; i < len layout; i++){
		(name, size) := layout[i];
		path := ROOT + "/" + name;
		if(size == 0 && name != "src/lib/empty")
			sys->create(path, Sys->OREAD, Sys->DMDIR|8r755);
		else
			fill(path, size);
	}

	total := du(ROOT, ".");
	sys->print("grand total %bd bytes (%bd blocks of 1024)\n", total, (total+big 1023)/big 1024);
	rmtree(ROOT);
}

fill(path: string, size: int)
{
	fd := sys->create(path, Sys->OWRITE, 8r644);
	if(size <= 0)
		return;
	buf := array[size] of byte;
	for(i := 0; i < size; i++)
		buf[i] = byte ('a' + i % 26);
	sys->write(fd, buf, size);
}

entries(path: string): array of Entry
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return nil;
	r: array of Entry;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		nr := array[len r + n] of Entry;
		nr[0:] = r;
		for(i := 0; i < n; i++)
			nr[len r + i] = Entry(d[i].name, (d[i].mode & Sys->DMDIR) != 0, d[i].length);
		r = nr;
	}
	# shell sort by name
	for(gap := len r / 2; gap > 0; gap /= 2)
		for(i := gap; i < len r; i++)
			for(j := i - gap; j >= 0 && r[j].name > r[j+gap].name; j -= gap){
				t := r[j];
				r[j] = r[j+gap];
				r[j+gap] = t;
			}
	return r;
}

du(path, shown: string): big
{
	sum := big 0;
	e := entries(path);
	for(i := 0; i < len e; i++){
		sub := shown + "/" + e[i].name;
		if(e[i].isdir)
			sum += du(path + "/" + e[i].name, sub);
		else{
			sum += e[i].length;
			if(allfiles)
				sys->print("%-8bd %s\n", e[i].length, sub);
		}
	}
	sys->print("%-8bd %s\n", sum, shown);
	return sum;
}

rmtree(path: string)
{
	e := entries(path);
	for(i := 0; i < len e; i++){
		if(e[i].isdir)
			rmtree(path + "/" + e[i].name);
		else
			sys->remove(path + "/" + e[i].name);
	}
	sys->remove(path);
}
