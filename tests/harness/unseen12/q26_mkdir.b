#args: -p -m 750 /tmp/q_mk/a/b/c /tmp/q_mk/a/d /tmp/q_mk/e /tmp/q_mk/a/b
implement Mkdir;

include "sys.m";
	sys: Sys;
include "draw.m";

Mkdir: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
pflag := 0;
mode := 8r777;
made := 0;

isdir(path: string): int
{
	(ok, d) := sys->stat(path);
	return ok >= 0 && (d.mode & Sys->DMDIR);
}

parent(path: string): string
{
	for(i := len path - 1; i > 0; i--)
		if(path[i] == '/')
			return path[0:i];
	return nil;
}

mkdir(path: string): int
{
	if(pflag){
		if(isdir(path))
			return 0;
		p := parent(path);
		if(p != nil && !isdir(p) && mkdir(p) < 0)
			return -1;
	}
	fd := sys->create(path, Sys->OREAD, Sys->DMDIR | mode);
	if(fd == nil){
		sys->fprint(stderr, "mkdir: can't create %s: %r\n", path);
		return -1;
	}
	made++;
	return 0;
}

modestr(m: int): string
{
	s := "-";
	if(m & Sys->DMDIR)
		s = "d";
	rwx := "rwx";
	for(i := 8; i >= 0; i--)
		if(m & (1 << i))
			s[len s] = rwx[(8-i) % 3];
		else
			s += "-";
	return s;
}

# depth-first listing with names sorted by a simple insertion sort
listtree(path: string, indent: string)
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return;
	names: array of string;
	modes: array of int;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		old := len names;
		nn := array[old + n] of string;
		nm := array[old + n] of int;
		nn[0:] = names;
		nm[0:] = modes;
		for(i := 0; i < n; i++){
			j := old + i;
			while(j > 0 && nn[j-1] > d[i].name){
				nn[j] = nn[j-1];
				nm[j] = nm[j-1];
				j--;
			}
			nn[j] = d[i].name;
			nm[j] = d[i].mode;
		}
		(names, modes) = (nn, nm);
	}
	for(i := 0; i < len names; i++){
		sys->print("%s %s%s\n", modestr(modes[i]), indent, names[i]);
		if(modes[i] & Sys->DMDIR)
			listtree(path + "/" + names[i], indent + "  ");
	}
}

rmall(path: string): int
{
	n := 0;
	if(isdir(path)){
		fd := sys->open(path, Sys->OREAD);
		for(;;){
			(k, d) := sys->dirread(fd);
			if(k <= 0)
				break;
			for(i := 0; i < k; i++)
				n += rmall(path + "/" + d[i].name);
		}
	}
	if(sys->remove(path) == 0)
		n++;
	return n;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	rmall("/tmp/q_mk");

	argv = tl argv;
	while(argv != nil && (hd argv)[0] == '-'){
		case hd argv {
		"-p" =>	pflag = 1;
		"-m" =>
			argv = tl argv;
			if(argv == nil){
				sys->fprint(stderr, "mkdir: -m needs a mode\n");
				raise "fail:usage";
			}
			mode = 0;
			for(s := hd argv; s != nil; s = s[1:])
				mode = mode * 8 + (s[0] - '0');
		* =>
			sys->fprint(stderr, "usage: mkdir [-p] [-m mode] dir...\n");
			raise "fail:usage";
		}
		argv = tl argv;
	}
	errs := 0;
	for(; argv != nil; argv = tl argv)
		if(mkdir(hd argv) < 0)
			errs++;
	sys->print("created %d directories, %d errors, mode %o\n", made, errs, mode);

	fd := sys->create("/tmp/q_mk/a/file.txt", Sys->OWRITE, 8r640);
	sys->fprint(fd, "hello\n");
	fd = nil;
	pflag = 0;
	mkdir("/tmp/q_mk/x/y");		# no -p: parent missing
	mkdir("/tmp/q_mk/a/file.txt/z");	# parent is a file
	listtree("/tmp/q_mk", "");
	sys->print("removed %d entries\n", rmall("/tmp/q_mk"));
	sys->print("still there: %d\n", isdir("/tmp/q_mk"));
}
