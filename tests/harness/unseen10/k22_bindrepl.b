implement Kbindrepl;

include "sys.m";
	sys: Sys;
include "draw.m";

Kbindrepl: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k22_bindrepl";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->pctl(Sys->FORKNS, nil);
	mk("");
	mk("/red");
	mk("/blue");
	put("/red/apple", "red apple\n");
	put("/red/cherry", "red cherry\n");
	put("/blue/sky", "blue sky\n");
	put("/blue/sea", "blue sea\n");
	put("/note", "a plain note\n");
	put("/memo", "an important memo\n");

	ls("/blue", "blue before bind");
	if(sys->bind(ROOT+"/red", ROOT+"/blue", Sys->MREPL) < 0)
		sys->print("bind: %r\n");
	ls("/blue", "blue after bind red over it");
	sys->print("blue/apple reads: %s", cat("/blue/apple"));
	sys->print("blue/sky reads: %s", cat("/blue/sky"));

	# without MCREATE, creating through the bound name is refused
	put("/blue/grape", "made via blue\n");
	ls("/red", "red after creating blue/grape");

	if(sys->unmount(nil, ROOT+"/blue") < 0)
		sys->print("unmount: %r\n");
	ls("/blue", "blue after unmount");
	if(sys->unmount(nil, ROOT+"/blue") < 0)
		sys->print("second unmount: %r\n");

	# binding a file over a file
	sys->print("note: %s", cat("/note"));
	sys->bind(ROOT+"/memo", ROOT+"/note", Sys->MREPL);
	sys->print("note after bind: %s", cat("/note"));
	(nil, d) := sys->stat(ROOT+"/note");
	sys->print("stat of bound note: name=%s length=%bd\n", d.name, d.length);
	sys->unmount(ROOT+"/memo", ROOT+"/note");
	sys->print("note after unmount: %s", cat("/note"));

	# a directory cannot replace a file
	if(sys->bind(ROOT+"/red", ROOT+"/note", Sys->MREPL) < 0)
		sys->print("bind dir on file: %r\n");

	for(l := "/red/apple" :: "/red/cherry" :: "/blue/sky" :: "/blue/sea" :: "/note" :: "/memo" :: "/red" :: "/blue" :: "" :: nil; l != nil; l = tl l)
		if(sys->remove(ROOT+hd l) < 0)
			sys->print("remove %s: %r\n", hd l);
}

mk(d: string)
{
	sys->create(ROOT+d, Sys->OREAD, Sys->DMDIR|8r755);
}

put(f, s: string)
{
	fd := sys->create(ROOT+f, Sys->OWRITE, 8r644);
	if(fd == nil)
		sys->print("create %s: %r\n", f);
	else
		sys->fprint(fd, "%s", s);
}

cat(f: string): string
{
	fd := sys->open(ROOT+f, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("(%r)\n");
	b := array[256] of byte;
	n := sys->read(fd, b, len b);
	return string b[0:n];
}

ls(d, title: string)
{
	fd := sys->open(ROOT+d, Sys->OREAD);
	names: array of string;
	for(;;){
		(n, e) := sys->dirread(fd);
		if(n <= 0)
			break;
		t := array[len names + n] of string;
		t[0:] = names;
		for(i := 0; i < n; i++)
			t[len names + i] = e[i].name;
		names = t;
	}
	for(i := 0; i < len names; i++)
		for(j := len names - 1; j > i; j--)
			if(names[j] < names[j-1])
				(names[j], names[j-1]) = (names[j-1], names[j]);
	s := "";
	for(i = 0; i < len names; i++)
		s += " " + names[i];
	sys->print("%s:%s\n", title, s);
}
