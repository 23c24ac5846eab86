implement P55;
include "sys.m";
	sys: Sys;
include "draw.m";
P55: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "";
	for(i := 0; i < 1000; i++)
		s += sys->sprint("%04d,", i);
	sys->print("len %d\n", len s);
	n := sys->print("%s\n", s);
	sys->print("print returned %d\n", n);
	t := sys->sprint("%s%s", s, s);
	sys->print("sprint len %d last %s\n", len t, t[len t - 5:]);
	u := "";
	for(i = 0; i < 3000; i++)
		u[len u] = 'α' + i % 20;
	n = sys->print("%s\n", u);
	sys->print("utf print returned %d len %d bytes %d\n", n, len u, len array of byte u);
	b := array of byte s;
	w := sys->write(sys->fildes(1), b, len b);
	sys->print("\nwrite returned %d\n", w);
	sys->print("%10000d|\n", 5);
}
