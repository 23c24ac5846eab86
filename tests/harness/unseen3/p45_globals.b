implement P45;
include "sys.m";
	sys: Sys;
include "draw.m";
P45: module {
	init: fn(nil: ref Draw->Context, args: list of string);
	counter: int;
	names: list of string;
};

Config: adt {
	verbose: int;
	level: string;
};

cfg: Config;
rcfg: ref Config;
table: array of int;
greeting := "hi";
total := 10;
pi := 3.5;
bb := big 7;
lst: list of int;
str: string;

bump(): int
{
	counter++;
	total += counter;
	return counter;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("defaults: counter %d total %d greet %s pi %g bb %bd\n", counter, total, greeting, pi, bb);
	sys->print("nil things: %d %d %d %d %q\n", rcfg == nil, table == nil, lst == nil, names == nil, str);
	sys->print("cfg %d %q\n", cfg.verbose, cfg.level);
	for(i := 0; i < 4; i++)
		bump();
	sys->print("after bumps: counter %d total %d\n", counter, total);
	cfg.verbose = 2;
	cfg.level = "debug";
	rcfg = ref cfg;
	cfg.verbose = 3;
	sys->print("copy semantics: %d %d\n", cfg.verbose, rcfg.verbose);
	table = array[5] of int;
	fill();
	for(i = 0; i < len table; i++)
		sys->print("%d ", table[i]);
	sys->print("\n");
	names = "x" :: names;
	names = "y" :: names;
	sys->print("names %d %s\n", len names, hd names);
	greeting += " there";
	sys->print("%s\n", greeting);
}

fill()
{
	for(i := 0; i < len table; i++)
		table[i] = i * counter;
}
