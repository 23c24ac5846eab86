#args: -vq -l 5 -- -notaflag file.txt
implement ArgDash;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;

ArgDash: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Opts: adt {
	verbose:	int;
	quiet:	int;
	limit:	int;
};

parse(argv: list of string): (ref Opts, list of string)
{
	o := ref Opts(0, 0, 10);
	arg->init(argv);
	while((c := arg->opt()) != 0)
		case c {
		'v' => o.verbose = 1;
		'q' => o.quiet = 1;
		'l' => o.limit = int arg->earg();
		* => raise "fail:usage";
		}
	return (o, arg->argv());
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	(o, rest) := parse(argv);
	sys->print("verbose=%d quiet=%d limit=%d\n", o.verbose, o.quiet, o.limit);
	for(; rest != nil; rest = tl rest)
		sys->print("operand %s\n", hd rest);
	# parse some synthetic command lines too
	lines := array[] of {
		"prog -l7 a b",
		"prog -- -v",
		"prog x -v",
		"prog -",
		"prog -lq",
		"prog -v -l",
		"prog -z",
	};
	for(i := 0; i < len lines; i++){
		(nil, av) := sys->tokenize(lines[i], " ");
		{
			(so, sr) := parse(av);
			s := "";
			for(; sr != nil; sr = tl sr)
				s += " [" + hd sr + "]";
			sys->print("%-14s v=%d q=%d l=%d rest:%s\n", lines[i], so.verbose, so.quiet, so.limit, s);
		} exception e {
		"fail:*" =>
			sys->print("%-14s -> %s\n", lines[i], e);
		}
	}
}
