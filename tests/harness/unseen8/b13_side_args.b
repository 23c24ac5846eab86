implement SideArgs;

include "sys.m";
	sys: Sys;
include "draw.m";

SideArgs: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

n := 0;
vals := array[] of {4, 9, 2, 7, 7, 1, 8, 3};

next(): int
{
	v := vals[n % len vals];
	sys->print("next#%d->%d ", n, v);
	n++;
	return v;
}

max(a, b: int): int
{
	if(a > b)
		return a;
	return b;
}

min(a, b: int): int { if(a < b) return a; return b; }

sel(c, a, b: int): int
{
	if(c)
		return a;
	return b;
}

sq(x: int): int { return x * x; }

f(): string
{
	sys->print("f ");
	return "eff";
}

g(): string
{
	sys->print("g ");
	return "gee";
}

pickfirst(a, b: string): string { return a; }

diff(a, b: int): int { return a - b; }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	r := max(next(), next());
	sys->print("=> max %d\n", r);
	r = min(next(), next());
	sys->print("=> min %d\n", r);
	r = diff(next(), next());
	sys->print("=> diff %d\n", r);
	r = max(next(), min(next(), next()));
	sys->print("=> nested %d\n", r);
	r = sel(next() > 5, next(), next());
	sys->print("=> sel %d\n", r);
	r = sq(next()) - next();
	sys->print("=> sq-next %d\n", r);
	r = next() - sq(next());
	sys->print("=> next-sq %d\n", r);
	sys->print("%s\n", pickfirst(f(), g()));
	sys->print("%s\n", pickfirst(g(), f()) + f());
	r = diff(max(next(), next()), max(next(), next()));
	sys->print("=> diffmax %d\n", r);
	r = next() + next() * next();
	sys->print("=> expr %d\n", r);
	sys->print("total calls %d\n", n);
}
