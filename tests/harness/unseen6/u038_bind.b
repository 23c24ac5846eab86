implement BindUnion;

include "sys.m";
	sys: Sys;
include "draw.m";

BindUnion: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

A: con "/tmp/u038-a";
B: con "/tmp/u038-b";
M: con "/tmp/u038-m";

put(path, text: string)
{
	fd := sys->create(path, Sys->OWRITE, 8r644);
	b := array of byte text;
	sys->write(fd, b, len b);
}

get(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "<missing>";
	buf := array[100] of byte;
	n := sys->read(fd, buf, len buf);
	return string buf[0:n];
}

names(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return "<cannot open>";
	l: list of string;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++)
			l = d[i].name :: l;
	}
	# simple sort, duplicates kept
	a := array[len l] of string;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	for(i = 1; i < len a; i++)
		for(j := i; j > 0 && a[j-1] > a[j]; j--)
			(a[j-1], a[j]) = (a[j], a[j-1]);
	s := "";
	for(i = 0; i < len a; i++)
		s += " " + a[i];
	return string len a + ":" + s;
}

reset()
{
	sys->unmount(nil, M);
	sys->unmount(nil, M);
	sys->unmount(nil, M);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->pctl(Sys->FORKNS, nil);
	sys->create(A, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(B, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(M, Sys->OREAD, Sys->DMDIR|8r755);
	put(A + "/common", "from a");
	put(A + "/onlya", "a only");
	put(B + "/common", "from b");
	put(B + "/onlyb", "b only");
	put(M + "/onlym", "m only");
	sys->print("M alone: %s\n", names(M));

	sys->print("bind A M MREPL: %d\n", sys->bind(A, M, Sys->MREPL) >= 0);
	sys->print("  M: %s  common=%s  onlym=%s\n", names(M), get(M + "/common"), get(M + "/onlym"));
	reset();
	sys->print("after unmount: %s\n", names(M));

	sys->bind(A, M, Sys->MBEFORE);
	sys->print("bind A M MBEFORE: %s common=%s\n", names(M), get(M + "/common"));
	sys->bind(B, M, Sys->MAFTER);
	sys->print("then B MAFTER: %s common=%s onlyb=%s\n", names(M), get(M + "/common"), get(M + "/onlyb"));
	sys->werrstr("");
	fd := sys->create(M + "/newfile", Sys->OWRITE, 8r644);
	sys->print("create in union without MCREATE: ok=%d (%r)\n", fd != nil);
	fd = nil;
	reset();

	sys->bind(B, M, Sys->MBEFORE);
	sys->bind(A, M, Sys->MAFTER|Sys->MCREATE);
	sys->print("B before, A after+create: common=%s\n", get(M + "/common"));
	put(M + "/newfile", "created via union");
	sys->print("  newfile in A: %s\n", get(A + "/newfile"));
	sys->print("  newfile in B: %s\n", get(B + "/newfile"));
	sys->print("  newfile in M's own dir: %s\n", names(M));
	reset();
	sys->print("M after reset: %s\n", names(M));
	sys->print("unmount when nothing bound: %d\n", sys->unmount(A, M));

	sys->remove(A + "/newfile");
	sys->remove(M + "/newfile");
	sys->remove(B + "/newfile");
	sys->remove(A + "/common");
	sys->remove(A + "/onlya");
	sys->remove(B + "/common");
	sys->remove(B + "/onlyb");
	sys->remove(M + "/onlym");
	sys->print("cleanup: %d %d %d\n", sys->remove(A), sys->remove(B), sys->remove(M));
}
