implement Kbindcreate;

include "sys.m";
	sys: Sys;
include "draw.m";

Kbindcreate: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k26_bindcreate";
serial := 0;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->pctl(Sys->FORKNS, nil);
	for(l := "" :: "/u" :: "/a" :: "/b" :: "/c" :: nil; l != nil; l = tl l)
		sys->create(ROOT+hd l, Sys->OREAD, Sys->DMDIR|8r755);

	trial("a repl, no create flag", ("a", Sys->MREPL) :: nil);
	trial("a repl+create", ("a", Sys->MREPL|Sys->MCREATE) :: nil);
	trial("a, then b after with create", ("a", Sys->MREPL) :: ("b", Sys->MAFTER|Sys->MCREATE) :: nil);
	trial("b create, then c before with create", ("b", Sys->MREPL|Sys->MCREATE) :: ("c", Sys->MBEFORE|Sys->MCREATE) :: nil);
	trial("c create, a after, b before", ("c", Sys->MREPL|Sys->MCREATE) :: ("a", Sys->MAFTER) :: ("b", Sys->MBEFORE) :: nil);
	trial("a before u, no create flag", ("a", Sys->MBEFORE) :: nil);

	sys->print("final contents:\n");
	for(l = "/u" :: "/a" :: "/b" :: "/c" :: nil; l != nil; l = tl l)
		sys->print("  %s:%s\n", (hd l)[1:], names(ROOT+hd l));
	for(l = "/u" :: "/a" :: "/b" :: "/c" :: "" :: nil; l != nil; l = tl l)
		rmdir(ROOT+hd l);
}

trial(title: string, binds: list of (string, int))
{
	serial++;
	sys->print("%d. %s\n", serial, title);
	for(; binds != nil; binds = tl binds){
		(d, flag) := hd binds;
		if(sys->bind(ROOT+"/"+d, ROOT+"/u", flag) < 0)
			sys->print("   bind %s: %r\n", d);
	}
	f := "new" + string serial;
	fd := sys->create(ROOT+"/u/"+f, Sys->OWRITE, 8r644);
	if(fd == nil)
		sys->print("   create %s: %r\n", f);
	else{
		sys->fprint(fd, "%s", title);
		fd = nil;
		where := "?";
		for(l := "a" :: "b" :: "c" :: nil; l != nil; l = tl l){
			(ok, nil) := sys->stat(ROOT+"/"+hd l+"/"+f);
			if(ok >= 0)
				where = hd l;
		}
		sys->print("   %s landed in %s\n", f, where);
	}
	sys->print("   union shows:%s\n", names(ROOT+"/u"));
	while(sys->unmount(nil, ROOT+"/u") >= 0)
		;
}

names(d: string): string
{
	fd := sys->open(d, Sys->OREAD);
	a: array of string;
	for(;;){
		(n, e) := sys->dirread(fd);
		if(n <= 0)
			break;
		t := array[len a + n] of string;
		t[0:] = a;
		for(i := 0; i < n; i++)
			t[len a + i] = e[i].name;
		a = t;
	}
	for(i := 1; i < len a; i++){
		s := a[i];
		j := i - 1;
		while(j >= 0 && a[j] > s){
			a[j+1] = a[j];
			j--;
		}
		a[j+1] = s;
	}
	r := "";
	for(i = 0; i < len a; i++)
		r += " " + a[i];
	if(r == "")
		r = " (empty)";
	return r;
}

rmdir(d: string)
{
	fd := sys->open(d, Sys->OREAD);
	for(;;){
		(n, e) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++)
			if((e[i].mode & Sys->DMDIR) == 0)
				sys->remove(d+"/"+e[i].name);
	}
	fd = nil;
	sys->remove(d);
}
