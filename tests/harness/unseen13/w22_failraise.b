#args: 10 20 x 30
implement FailRaise;

include "sys.m";
	sys: Sys;
include "draw.m";

FailRaise: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

isnum(s: string): int
{
	if(s == nil)
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

parse(args: list of string): list of int
{
	r: list of int;
	for(; args != nil; args = tl args){
		if(!isnum(hd args))
			raise "parse:bad number " + hd args;
		r = int hd args :: r;
	}
	return r;
}

sum(l: list of int): int
{
	s := 0;
	for(; l != nil; l = tl l)
		s += hd l;
	return s;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	args := tl argv;
	# the happy path on a clean prefix
	l := parse(hd args :: hd tl args :: nil);
	sys->print("sum of first two: %d\n", sum(l));

	# catch and report a parse error, keep going
	{
		l = parse(args);
		sys->print("sum: %d\n", sum(l));
	} exception e {
	"parse:*" =>
		sys->fprint(sys->fildes(2), "caught %q\n", e);
		sys->print("recovering with %d args skipped\n", 1);
	}
	# log the failure to a file, then give up for real
	log := "/tmp/w_22log";
	fd := sys->create(log, Sys->ORDWR|Sys->ORCLOSE, 8r600);
	sys->fprint(fd, "error: bad input\n");
	(nil, d) := sys->fstat(fd);
	sys->print("log has %bd bytes\n", d.length);
	fd = nil;
	raise "fail:bad input";
}
