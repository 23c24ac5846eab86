implement Kbindunion;

include "sys.m";
	sys: Sys;
include "draw.m";

Kbindunion: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k23_bindunion";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->pctl(Sys->FORKNS, nil);
	for(l := "" :: "/bin" :: "/local" :: "/extra" :: nil; l != nil; l = tl l)
		sys->create(ROOT+hd l, Sys->OREAD, Sys->DMDIR|8r755);
	put("/bin/ls", "system ls");
	put("/bin/cat", "system cat");
	put("/local/ls", "local ls");
	put("/local/todo", "local todo");
	put("/extra/cat", "extra cat");
	put("/extra/zip", "extra zip");

	show("plain bin");

	if(sys->bind(ROOT+"/local", ROOT+"/bin", Sys->MBEFORE) < 0)
		sys->print("bind -b: %r\n");
	show("local before bin");

	if(sys->bind(ROOT+"/extra", ROOT+"/bin", Sys->MAFTER) < 0)
		sys->print("bind -a: %r\n");
	show("extra after that");

	# take local back out; the rest of the union remains
	if(sys->unmount(ROOT+"/local", ROOT+"/bin") < 0)
		sys->print("unmount local: %r\n");
	show("local removed");

	# now put extra in front as well: it appears twice in the union
	sys->bind(ROOT+"/extra", ROOT+"/bin", Sys->MBEFORE);
	show("extra both before and after");

	sys->unmount(nil, ROOT+"/bin");
	show("everything unmounted");

	for(l = "/bin/ls" :: "/bin/cat" :: "/local/ls" :: "/local/todo" :: "/extra/cat" :: "/extra/zip" ::
			"/bin" :: "/local" :: "/extra" :: "" :: nil; l != nil; l = tl l)
		if(sys->remove(ROOT+hd l) < 0)
			sys->print("remove %s: %r\n", hd l);
}

put(f, s: string)
{
	fd := sys->create(ROOT+f, Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", s);
}

cat(f: string): string
{
	fd := sys->open(ROOT+f, Sys->OREAD);
	if(fd == nil)
		return "-";
	b := array[64] of byte;
	n := sys->read(fd, b, len b);
	return string b[0:n];
}

show(title: string)
{
	sys->print("[%s]\n", title);
	fd := sys->open(ROOT+"/bin", Sys->OREAD);
	all: list of string;
	total := 0;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++){
			all = d[i].name :: all;
			total++;
		}
	}
	a := array[total] of string;
	for(i := 0; all != nil; all = tl all)
		a[i++] = hd all;
	# bubble sort
	for(i = 0; i < len a; i++)
		for(j := 0; j+1 < len a - i; j++)
			if(a[j] > a[j+1])
				(a[j], a[j+1]) = (a[j+1], a[j]);
	raw := "";
	uniq := 0;
	for(i = 0; i < len a; i++){
		raw += " " + a[i];
		if(i == 0 || a[i] != a[i-1])
			uniq++;
	}
	sys->print("  entries (%d, %d distinct):%s\n", len a, uniq, raw);
	for(n := "ls" :: "cat" :: "todo" :: "zip" :: nil; n != nil; n = tl n)
		sys->print("  %-4s -> %s\n", hd n, cat("/bin/"+hd n));
}
