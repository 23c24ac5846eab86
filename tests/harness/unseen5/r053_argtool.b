#args: -v -n 3 -s : -x alpha -- -beta gamma
implement Argtool;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;

Argtool: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

verbose := 0;
nlines := 2;
sep := " ";
exclude: list of string;

makefile(word: string): string
{
	name := "/tmp/r053." + word;
	fd := sys->create(name, Sys->OWRITE, 8r644);
	for(i := 1; i <= 5; i++)
		sys->fprint(fd, "%s line %d\n", word, i);
	return name;
}

head(name: string, n: int)
{
	fd := sys->open(name, Sys->OREAD);
	buf := array[1024] of byte;
	k := sys->read(fd, buf, len buf);
	(nil, lines) := sys->tokenize(string buf[0:k], "\n");
	for(i := 1; i <= n && lines != nil; lines = tl lines){
		sys->print("%d%s%s\n", i, sep, hd lines);
		i++;
	}
}

excluded(w: string): int
{
	for(l := exclude; l != nil; l = tl l)
		if(hd l == w)
			return 1;
	return 0;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	arg->init(argv);
	arg->setusage("argtool [-v] [-n lines] [-s sep] [-x word] word ...");
	while((c := arg->opt()) != 0)
		case c {
		'v' =>	verbose++;
		'n' =>	nlines = int arg->earg();
		's' =>	sep = arg->earg();
		'x' =>	exclude = arg->earg() :: exclude;
		* =>	arg->usage();
		}
	args := arg->argv();
	if(verbose)
		sys->print("verbose=%d lines=%d sep=%q excluded=%d args=%d\n", verbose, nlines, sep, len exclude, len args);
	for(; args != nil; args = tl args){
		w := hd args;
		if(excluded(w)){
			sys->print("skip %s\n", w);
			continue;
		}
		if(w[0] == '-')
			w = "dash" + w[1:];
		sys->print("== %s\n", w);
		head(makefile(w), nlines);
	}
	# a second parse of a made-up command line
	arg->init("prog" :: "-vn" :: "7" :: "file" :: nil);
	opts := "";
	while((c = arg->opt()) != 0){
		opts[len opts] = c;
		if(c == 'n')
			opts += "=" + arg->arg();
	}
	rest := arg->argv();
	sys->print("second parse: opts=%s rest=%d first=%s again=%d\n", opts, len rest, hd rest, len arg->argv());
}
