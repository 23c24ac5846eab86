implement FailExit;

include "sys.m";
	sys: Sys;
include "draw.m";

FailExit: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

check(argv: list of string): int
{
	n := len argv;
	sys->print("program got %d argument(s) after its name\n", n - 1);
	return n - 1;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);
	total := 0;
	for(i := 1; i <= 5; i++){
		total += i * i;
		sys->print("step %d total %d\n", i, total);
	}
	if(check(argv) == 0){
		sys->fprint(stderr, "failexit: no input given, giving up\n");
		raise "fail:no input";
	}
	sys->print("not reached\n");
}
