#args: -v -n 3 -o out.txt -x alpha beta gamma
implement ArgDemo;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;

ArgDemo: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	arg->init(argv);
	arg->setusage("w047 [-vx] [-n count] [-o file] words...");
	verbose := 0;
	count := 1;
	outfile := "stdout";
	flags := "";
	while((c := arg->opt()) != 0){
		case c {
		'v' =>
			verbose++;
		'n' =>
			count = int arg->earg();
		'o' =>
			outfile = arg->arg();
		* =>
			flags[len flags] = c;
		}
	}
	rest := arg->argv();
	sys->print("verbose=%d count=%d out=%s other=%q\n", verbose, count, outfile, flags);
	sys->print("%d words left\n", len rest);
	for(i := 0; i < count; i++){
		line := string (i + 1) + ":";
		for(l := rest; l != nil; l = tl l)
			line += " " + hd l;
		sys->print("%s\n", line);
	}
}
