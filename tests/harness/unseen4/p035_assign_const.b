implement AssignConst;

include "sys.m";
	sys: Sys;
include "draw.m";

AssignConst: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

MAXRETRY: con 3;
Verbose: con 1;

attempt(n: int): int
{
	return n >= 2;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < MAXRETRY; i++){
		if(attempt(i)){
			sys->print("succeeded on try %d\n", i);
			break;
		}
		if(i == MAXRETRY - 1)
			MAXRETRY = MAXRETRY + 1;
	}
}
