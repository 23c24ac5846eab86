#args: -v -n 3 -w 12 -x alpha beta gamma
implement ArgOpts;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;

ArgOpts: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	if(arg == nil){
		sys->print("no arg module: %r\n");
		return;
	}
	verbose := 0;
	count := 1;
	width := 8;
	unknown: list of int;
	arg->init(argv);
	arg->setusage("argopts [-v] [-n count] [-w width] word ...");
	while((c := arg->opt()) != 0)
		case c {
		'v' =>
			verbose++;
		'n' =>
			count = int arg->earg();
		'w' =>
			width = int arg->earg();
		* =>
			unknown = c :: unknown;
		}
	words := arg->argv();
	sys->print("verbose=%d count=%d width=%d words=%d\n", verbose, count, width, len words);
	for(; unknown != nil; unknown = tl unknown)
		sys->print("ignored option -%c\n", hd unknown);
	n := 0;
	for(l := words; l != nil; l = tl l){
		w := hd l;
		for(k := 0; k < count; k++){
			n++;
			line := sys->sprint("%*s|", width, w);
			if(verbose)
				line = sys->sprint("%2d %s len=%d", n, line, len w);
			sys->print("%s\n", line);
		}
	}
	# a second, hand-built argument list goes through the same parser
	arg->init("prog" :: "-vv" :: "--" :: "-n" :: "x" :: nil);
	v2 := 0;
	while((c2 := arg->opt()) != 0)
		if(c2 == 'v')
			v2++;
	rest := arg->argv();
	sys->print("second parse: v=%d rest=%d first=%s\n", v2, len rest, hd rest);
}
