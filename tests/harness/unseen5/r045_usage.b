implement Usage;

include "sys.m";
	sys: Sys;
include "draw.m";

Usage: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Opts: adt {
	verbose:	int;
	count:	int;
	files:	list of string;
};

usage()
{
	sys->fprint(sys->fildes(2), "usage: r045 [-v] [-n count] file ...\n");
	raise "fail:usage";
}

getopts(args: list of string): ref Opts
{
	o := ref Opts(0, 1, nil);
	while(args != nil && len hd args > 1 && (hd args)[0] == '-'){
		a := hd args;
		args = tl args;
		case a {
		"-v" =>
			o.verbose++;
		"-n" =>
			if(args == nil)
				usage();
			o.count = int hd args;
			args = tl args;
		"--" =>
			break;
		* =>
			sys->fprint(sys->fildes(2), "r045: unknown option %s\n", a);
			usage();
		}
	}
	o.files = args;
	return o;
}

show(o: ref Opts)
{
	s := "";
	for(l := o.files; l != nil; l = tl l)
		s += " " + hd l;
	sys->print("verbose=%d count=%d files:%s\n", o.verbose, o.count, s);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {
		"-v" :: "-n" :: "3" :: "a" :: "b" :: nil,
		"-v" :: "-v" :: "x" :: nil,
		"--" :: "-v" :: nil,
		"-n" :: nil,
	};
	for(i := 0; i < len tests; i++){
		{
			show(getopts(tests[i]));
		}exception e{
		"fail:*" =>
			sys->print("test %d failed: %s\n", i, e[5:]);
		}
	}
	# the real command line: no files given is an error, and nothing catches it
	o := getopts(tl argv);
	if(o.files == nil)
		usage();
	show(o);
}
