#args: -ab -n5 -xhello -c - word -d
implement ArgCluster;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;

ArgCluster: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Opts: adt {
	flags:	string;
	n:	string;
	x:	string;
	rest:	list of string;
};

parse(argv: list of string): ref Opts
{
	o := ref Opts("", nil, nil, nil);
	arg->init(argv);
	while((c := arg->opt()) != 0)
		case c {
		'a' or 'b' or 'c' or 'd' =>
			o.flags[len o.flags] = c;
		'n' =>
			o.n = arg->earg();
		'x' =>
			o.x = arg->arg();
		* =>
			o.flags += "?";
		}
	o.rest = arg->argv();
	return o;
}

show(o: ref Opts)
{
	sys->print("flags=%q n=%q x=%q rest=", o.flags, o.n, o.x);
	for(l := o.rest; l != nil; l = tl l)
		sys->print("<%s>", hd l);
	sys->print("\n");
}

try(v: list of string)
{
	sys->print("parse:");
	for(l := v; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
	{
		show(parse(v));
	} exception e {
	"fail:*" =>
		sys->print("  caught %q\n", e);
	}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	arg->setusage(nil);	# silent usage; we report the exception ourselves

	# the real command line, with argv[0] replaced by a fixed name
	show(parse("prog" :: tl args));

	try("prog" :: "-dcba" :: nil);
	try("prog" :: "-n" :: "42" :: "-x" :: "val" :: "file" :: nil);
	try("prog" :: "-x" :: nil);
	try("prog" :: "-a" :: "-n" :: nil);
	try("prog" :: "--" :: "-a" :: nil);
	try("prog" :: "-z" :: "-a" :: "x" :: "-b" :: nil);
	try("prog" :: nil);
	try(nil);
}
