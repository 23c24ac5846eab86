#args: -x b -1 txt -d 2
implement FindNames;

include "sys.m";
	sys: Sys;
include "draw.m";
include "readdir.m";
	readdir: Readdir;
include "names.m";
	names: Names;
include "filepat.m";
	filepat: Filepat;
include "arg.m";
	arg: Arg;

FindNames: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

TOP: con "/tmp/g29_find_names";

layout := array[] of {
	"src/",
	"src/main.b",
	"src/util.b",
	"src/util.m",
	"src/old/",
	"src/old/a.txt",
	"src/old/legacy.b",
	"src/old/deep/",
	"src/old/deep/z.b",
	"doc/",
	"doc/x.txt",
	"doc/readme.txt",
	"top.b",
};

pats: list of string;
maxdepth := 99;
hits := 0;

matches(name: string): int
{
	for(p := pats; p != nil; p = tl p)
		if(filepat->match(hd p, name))
			return 1;
	return 0;
}

walk(dir: string, depth: int)
{
	(a, n) := readdir->init(dir, Readdir->NAME);
	for(i := 0; i < n; i++){
		full := names->cleanname(dir + "/" + a[i].name);
		rel := names->relative(full, TOP);
		if(a[i].mode & Sys->DMDIR){
			if(depth < maxdepth)
				walk(full, depth+1);
			else
				sys->print("prune %s/ at depth %d\n", rel, depth);
		}else if(matches(a[i].name)){
			hits++;
			sys->print("match %-18s dir=%-10s base=%s\n", rel,
				names->relative(names->dirname(full), TOP), names->basename(full, ".b"));
		}
	}
}

cleanup(dir: string)
{
	(a, n) := readdir->init(dir, Readdir->NAME);
	for(i := 0; i < n; i++){
		p := dir + "/" + a[i].name;
		if(a[i].mode & Sys->DMDIR)
			cleanup(p);
		else
			sys->remove(p);
	}
	sys->remove(dir);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	readdir = load Readdir Readdir->PATH;
	names = load Names Names->PATH;
	filepat = load Filepat Filepat->PATH;
	arg = load Arg Arg->PATH;

	arg->init(args);
	while((c := arg->opt()) != 0)
		case c {
		'x' =>	pats = "*." + arg->earg() :: pats;	# any name with this extension
		'1' =>	pats = "?." + arg->earg() :: pats;	# one-letter name with this extension
		'd' =>	maxdepth = int arg->earg();
		}
	sys->print("patterns:");
	for(p := pats; p != nil; p = tl p)
		sys->print(" %s", hd p);
	sys->print("; maxdepth %d\n", maxdepth);

	sys->create(TOP, Sys->OREAD, Sys->DMDIR|8r755);
	for(i := 0; i < len layout; i++){
		e := layout[i];
		path := names->rooted(TOP, e);
		if(e[len e - 1] == '/')
			fd := sys->create(names->cleanname(path), Sys->OREAD, Sys->DMDIR|8r755);
		else
			fd = sys->create(path, Sys->OWRITE, 8r644);
		if(fd == nil)
			sys->print("create %s: %r\n", e);
	}
	walk(TOP, 0);
	sys->print("%d matches\n", hits);

	sys->print("filepat checks: %d %d %d %d\n",
		filepat->match("[a-c]*.m", "util.m"),
		filepat->match("[a-c]*.m", "boot.m"),
		filepat->match("*", ""),
		filepat->match("a?c", "abbc"));
	cleanup(TOP);
	(ok, nil) := sys->stat(TOP);
	sys->print("cleaned=%d\n", ok < 0);
}
