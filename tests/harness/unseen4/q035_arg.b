#args: -v -n 3 -o out.txt alpha beta
implement ArgT;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";

ArgT: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg := load Arg Arg->PATH;
	if(arg == nil){
		sys->print("load Arg: %r\n");
		return;
	}
	arg->init(argv);
	arg->setusage("q035 [-v] [-n count] [-o file] word...");
	verbose := 0;
	count := 1;
	outf := "stdout";
	while((c := arg->opt()) != 0)
		case c {
		'v' =>
			verbose++;
		'n' =>
			count = int arg->earg();
		'o' =>
			outf = arg->earg();
		* =>
			arg->usage();
		}
	argv = arg->argv();
	sys->print("verbose=%d count=%d out=%s nargs=%d\n", verbose, count, outf, len argv);
	for(i := 0; i < count; i++)
		for(l := argv; l != nil; l = tl l)
			sys->print("%d: %s\n", i, hd l);
}
