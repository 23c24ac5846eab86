implement P62;
include "sys.m";
	sys: Sys;
	sprint, print: import sys;
include "draw.m";
P62: module {
	MAXN: con 5;
	Color: adt {
		r, g, b: int;
		hex: fn(c: self Color): string;
		mix: fn(a, b: Color): Color;
	};
	Level: type int;
	init: fn(nil: ref Draw->Context, args: list of string);
	palette: fn(n: int): array of Color;
};

Color.hex(c: self Color): string
{
	return sprint("#%02x%02x%02x", c.r, c.g, c.b);
}

Color.mix(a, b: Color): Color
{
	return Color((a.r + b.r) / 2, (a.g + b.g) / 2, (a.b + b.b) / 2);
}

palette(n: int): array of Color
{
	if(n > MAXN)
		n = MAXN;
	p := array[n] of Color;
	for(i := 0; i < n; i++)
		p[i] = Color(i * 60, 255 - i * 50, (i * 97) % 256);
	return p;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	p := palette(10);
	print("%d colors\n", len p);
	for(i := 0; i < len p; i++)
		print("%s\n", p[i].hex());
	m := Color.mix(p[0], p[len p - 1]);
	print("mix %s\n", m.hex());
	lv: Level = 3;
	print("level %d max %d\n", lv, P62->MAXN);
	s := sprint("%s|%s", "a", "b");
	print("%s\n", s);
}
