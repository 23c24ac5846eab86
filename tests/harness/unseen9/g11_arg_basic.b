#args: -v -n 3 -o out.txt -vq -- -notanopt file1 file2
implement ArgBasic;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;
include "string.m";
	str: String;

ArgBasic: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	str = load String String->PATH;
	if(arg == nil){
		sys->print("cannot load arg: %r\n");
		return;
	}
	sys->print("argc=%d\n", len args);
	arg->init(args);
	arg->setusage("argbasic [-vq] [-n count] [-o file] files...");
	verbose := 0;
	quiet := 0;
	count := 1;
	outfile := "stdout";
	while((c := arg->opt()) != 0){
		case c {
		'v' =>
			verbose++;
			sys->print("option -v (now %d)\n", verbose);
		'q' =>
			quiet = 1;
			sys->print("option -q\n");
		'n' =>
			s := arg->earg();
			(count, nil) = str->toint(s, 10);
			sys->print("option -n %q -> %d\n", s, count);
		'o' =>
			outfile = arg->earg();
			sys->print("option -o %s\n", outfile);
		* =>
			sys->print("unknown option -%c\n", c);
		}
	}
	rest := arg->argv();
	sys->print("verbose=%d quiet=%d count=%d out=%s\n", verbose, quiet, count, outfile);
	sys->print("%d remaining:\n", len rest);
	i := 0;
	for(; rest != nil; rest = tl rest)
		sys->print("  [%d] %s\n", i++, hd rest);
	# after argv(), no more options
	sys->print("opt after argv = %d\n", arg->opt());
	sys->print("arg after argv = %q\n", arg->arg());
	for(k := 0; k < count; k++)
		sys->print("repeat %d\n", k);
}
