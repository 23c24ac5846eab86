#args: 5
implement DirList;

include "sys.m";
	sys: Sys;
include "draw.m";

DirList: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

sortdirs(a: array of Sys->Dir)
{
	for(i := 1; i < len a; i++){
		t := a[i];
		j := i;
		for(; j > 0 && a[j-1].name > t.name; j--)
			a[j] = a[j-1];
		a[j] = t;
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	nfiles := 3;
	if(len argv > 1)
		nfiles = int hd tl argv;
	top := "/tmp/w_06tree";
	fd := sys->create(top, Sys->OREAD, Sys->DMDIR|8r775);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "mkdir %s: %r\n", top);
		return;
	}
	fd = nil;
	for(i := 0; i < nfiles; i++){
		f := sys->create(sys->sprint("%s/file%02d", top, nfiles-i), Sys->OWRITE, 8r644);
		sys->fprint(f, "%s", "line\n"[0:] + string i);
		for(k := 0; k < i; k++)
			sys->fprint(f, "more text %d\n", k);
	}
	sys->create(top+"/sub", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(top+"/sub/inner", Sys->OWRITE, 8r600);

	fd = sys->open(top, Sys->OREAD);
	all: list of Sys->Dir;
	count := 0;
	for(;;){
		(n, dirs) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(j := 0; j < n; j++){
			all = dirs[j] :: all;
			count++;
		}
	}
	a := array[count] of Sys->Dir;
	for(i = 0; all != nil; all = tl all)
		a[i++] = hd all;
	sortdirs(a);
	total := big 0;
	for(i = 0; i < len a; i++){
		t := "-";
		if(a[i].mode & Sys->DMDIR)
			t = "d";
		else
			total += a[i].length;
		sys->print("%s %-8s %5bd\n", t, a[i].name, a[i].length);
	}
	sys->print("%d entries, %bd bytes in files\n", len a, total);

	# clean up, deepest first
	sys->remove(top+"/sub/inner");
	sys->remove(top+"/sub");
	for(i = 0; i < len a; i++)
		if((a[i].mode & Sys->DMDIR) == 0)
			sys->remove(top+"/"+a[i].name);
	fd = nil;
	if(sys->remove(top) < 0)
		sys->print("cleanup: %r\n");
	else
		sys->print("tree removed\n");
}
