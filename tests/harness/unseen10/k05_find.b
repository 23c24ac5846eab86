#args: -name .c -type f
implement Kfind;

include "sys.m";
	sys: Sys;
include "draw.m";

Kfind: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k05_find";

suffix := "";
wanttype := 0;	# 0 any, 'f' file, 'd' dir
maxdepth := 100;
found: list of string;

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	args = tl args;
	while(args != nil){
		a := hd args;
		args = tl args;
		if(args == nil)
			break;
		case a {
		"-name" =>
			suffix = hd args;
		"-type" =>
			wanttype = (hd args)[0];
		"-maxdepth" =>
			maxdepth = int hd args;
		}
		args = tl args;
	}
	build();

	run("command line");
	suffix = "";
	wanttype = 'd';
	run("directories only");
	wanttype = 0;
	maxdepth = 1;
	run("depth 1");
	maxdepth = 100;
	suffix = ".h";
	run("headers");

	remove(ROOT);
	(ok, nil) := sys->stat(ROOT);
	sys->print("tree removed: %d\n", ok < 0);
}

build()
{
	dirs := array[] of {"", "/cmd", "/cmd/ls", "/cmd/cat", "/lib", "/lib/include", "/doc"};
	files := array[] of {
		"/mkfile", "/cmd/ls/ls.c", "/cmd/ls/ls.h", "/cmd/ls/mkfile",
		"/cmd/cat/cat.c", "/cmd/cat/README", "/lib/print.c", "/lib/fmt.c",
		"/lib/include/lib.h", "/lib/include/fmt.h", "/doc/ls.1", "/doc/cat.1", "/zz.c"
	};
	for(i := 0; i < len dirs; i++)
		sys->create(ROOT+dirs[i], Sys->OREAD, Sys->DMDIR|8r755);
	for(i = 0; i < len files; i++){
		fd := sys->create(ROOT+files[i], Sys->OWRITE, 8r644);
		sys->fprint(fd, "file %s\n", files[i]);
	}
}

run(title: string)
{
	sys->print("== %s (suffix=%q type=%c depth=%d)\n", title, suffix, if0(wanttype), maxdepth);
	found = nil;
	walk(ROOT, ".", 0);
	a := l2a(found);
	sort(a);
	for(i := 0; i < len a; i++)
		sys->print("%s\n", a[i]);
	sys->print("%d matches\n", len a);
}

if0(c: int): int
{
	if(c == 0)
		return '*';
	return c;
}

match(name: string, isdir: int): int
{
	if(wanttype == 'f' && isdir)
		return 0;
	if(wanttype == 'd' && !isdir)
		return 0;
	if(suffix == "")
		return 1;
	return len name >= len suffix && name[len name - len suffix:] == suffix;
}

walk(path, shown: string, depth: int)
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil){
		sys->print("find: %s: %r\n", shown);
		return;
	}
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++){
			isdir := (d[i].qid.qtype & Sys->QTDIR) != 0;
			s := shown + "/" + d[i].name;
			if(match(d[i].name, isdir))
				found = s :: found;
			if(isdir && depth+1 < maxdepth)
				walk(path + "/" + d[i].name, s, depth+1);
		}
	}
}

l2a(l: list of string): array of string
{
	n := 0;
	for(t := l; t != nil; t = tl t)
		n++;
	a := array[n] of string;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	return a;
}

sort(a: array of string)
{
	# merge sort
	if(len a < 2)
		return;
	m := len a / 2;
	x := a[0:m];
	y := a[m:];
	sort(x);
	sort(y);
	t := array[len a] of string;
	i := j := k := 0;
	while(i < len x && j < len y)
		if(x[i] <= y[j])
			t[k++] = x[i++];
		else
			t[k++] = y[j++];
	while(i < len x)
		t[k++] = x[i++];
	while(j < len y)
		t[k++] = y[j++];
	a[0:] = t;
}

remove(p: string)
{
	(ok, d) := sys->stat(p);
	if(ok < 0)
		return;
	if(d.qid.qtype & Sys->QTDIR){
		fd := sys->open(p, Sys->OREAD);
		for(;;){
			(n, e) := sys->dirread(fd);
			if(n <= 0)
				break;
			for(i := 0; i < n; i++)
				remove(p + "/" + e[i].name);
		}
	}
	sys->remove(p);
}
