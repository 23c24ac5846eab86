#args: -n 4 -c 3
implement Head;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Head: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

usage()
{
	sys->fprint(stderr, "usage: head [-n lines] [-c files] [file ...]\n");
	raise "fail:usage";
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg = load Arg Arg->PATH;
	bufio = load Bufio Bufio->PATH;
	nlines := 10;
	nfiles := 1;
	arg->init(argv);
	while((c := arg->opt()) != 0)
		case c {
		'n' =>
			nlines = int arg->earg();
		'c' =>
			nfiles = int arg->earg();
		* =>
			usage();
		}
	argv = arg->argv();
	arg = nil;
	files: list of string;
	if(argv != nil)
		files = argv;
	else
		for(i := nfiles; i > 0; i--)
			files = mkfile(i) :: files;
	for(l := files; l != nil; l = tl l){
		if(len files > 1)
			sys->print("==> %s <==\n", hd l);
		head(hd l, nlines);
	}
	for(l = files; l != nil; l = tl l)
		sys->remove(hd l);
}

mkfile(k: int): string
{
	name := sys->sprint("/tmp/v035_head%d", k);
	b := bufio->create(name, Bufio->OWRITE, 8r644);
	if(b == nil){
		sys->fprint(stderr, "head: create %s: %r\n", name);
		raise "fail:create";
	}
	for(i := 1; i <= 2*k + 1; i++)
		b.puts(sys->sprint("file %d line %d%s\n", k, i, stars(i)));
	b.close();
	return name;
}

stars(n: int): string
{
	s := " ";
	for(i := 0; i < n; i++)
		s[len s] = '*';
	return s;
}

head(file: string, n: int)
{
	b := bufio->open(file, Bufio->OREAD);
	if(b == nil){
		sys->fprint(stderr, "head: can't open %s: %r\n", file);
		raise "fail:open";
	}
	while(n-- > 0){
		s := b.gets('\n');
		if(s == nil)
			break;
		sys->print("%s", s);
	}
}
