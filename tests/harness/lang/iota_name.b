implement IotaName;

# iota is a name, not a keyword: only a con initializer declares it
# (0, 1, 2 ... along the names), over any other iota in scope.
include "sys.m";
	sys: Sys;
include "draw.m";

IotaName: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Red, Green, Blue: con iota;
Lo, Mid, Hi: con 1 << (2*iota);
iota: int;		# a variable of that name, as appl/cmd/limbo/decls.b has

bump(): int
{
	iota += 10;
	return iota;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	iota = 3;
	sys->print("%d %d %d / %d %d %d\n", Red, Green, Blue, Lo, Mid, Hi);
	sys->print("variable %d, after bump %d\n", iota, bump());
	X, Y: con iota + 100;		# the initializer's iota, not the variable
	sys->print("%d %d\n", X, Y);
}
