#args: -a -b value -x rest
implement ArgUsage;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";

ArgUsage: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg := load Arg Arg->PATH;
	arg->init(argv);
	arg->setusage("tool [-a] [-b val] file");
	p := arg->progname();
	sys->print("progname ends in .dis: %d\n", len p > 4 && p[len p-4:] == ".dis");
	while((c := arg->opt()) != 0){
		case c {
		'a' =>
			sys->print("flag a\n");
		'b' =>
			sys->print("b=%s\n", arg->earg());
		* =>
			sys->print("unknown option %c\n", c);
			arg->usage();
		}
	}
	sys->print("not reached\n");
}
