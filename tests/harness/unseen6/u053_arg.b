#args: -v -o out.txt -n3 -- -notanoption file1 file2
implement ArgParse;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";

ArgParse: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg := load Arg Arg->PATH;
	if(arg == nil){
		sys->print("cannot load arg: %r\n");
		return;
	}
	sys->print("argc including program name: %d\n", len argv);
	arg->init(argv);
	arg->setusage("argparse [-v] [-o file] [-n count] file ...");
	verbose := 0;
	output := "-";
	count := 1;
	while((c := arg->opt()) != 0){
		case c {
		'v' =>
			verbose++;
		'o' =>
			output = arg->earg();
		'n' =>
			count = int arg->earg();
		* =>
			arg->usage();
		}
		sys->print("saw option %c\n", c);
	}
	rest := arg->argv();
	sys->print("verbose=%d output=%s count=%d\n", verbose, output, count);
	sys->print("%d operand(s):\n", len rest);
	for(; rest != nil; rest = tl rest)
		sys->print("  [%s]\n", hd rest);
	name := arg->progname();
	sys->print("progname ends with .dis: %d\n", len name > 4 && name[len name - 4:] == ".dis");
	sys->print("opt after end: %d\n", arg->opt());
	arg->init("prog" :: "-ab" :: "-c" :: nil);
	seen := "";
	while((f := arg->opt()) != 0)
		seen[len seen] = f;
	sys->print("clustered flags: %s, remaining %d\n", seen, len arg->argv());
	arg->init("prog" :: "-" :: "-x" :: nil);
	n := 0;
	while(arg->opt() != 0)
		n++;
	sys->print("lone dash stops parsing: opts=%d first operand [%s]\n", n, hd arg->argv());
}
