implement Mdot;
#lib: counter.b
# m->(x).f(...): x's adt function, called through the module instance m
# (appl/cmd/auth/factotum/proto/infauth.b: spki->(Keyrep.pk(pk).mkkey()).sexp())
include "sys.m";
	sys: Sys;
include "draw.m";
include "counter.m";
	counter: Counter;
	Tally: import counter;

Mdot: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	counter = load Counter Counter->PATH;
	t := Tally.new("t");
	counter->(t).bump(2);
	n := counter->(Tally.new("u")).bump(5);
	sys->print("%s %d %d\n", t.name, counter->(t).bump(1), n);
}
