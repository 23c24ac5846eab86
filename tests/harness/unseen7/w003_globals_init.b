implement Globals;

include "sys.m";
	sys: Sys;
include "draw.m";

Globals: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

counter := 100;
prefix := "id-";
primes := array[] of {2, 3, 5, 7, 11, 13};
colours := array[] of {"red", "green", "blue"};
total: big = big 0;
ratio := 0.5;
pair := (7, "seven");

nextid(): string
{
	counter++;
	return prefix + string counter;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 3; i++)
		sys->print("%s\n", nextid());
	for(i = 0; i < len primes; i++)
		total += big primes[i];
	sys->print("sum primes = %bd\n", total);
	for(i = len colours - 1; i >= 0; i--)
		sys->print("colour %s\n", colours[i]);
	ratio *= 3.0;
	sys->print("ratio %g\n", ratio);
	(n, s) := pair;
	sys->print("pair %d %s\n", n, s);
	primes[0] = 1;
	sys->print("primes[0] now %d, counter %d\n", primes[0], counter);
}
