implement P52;
include "sys.m";
	sys: Sys;
include "draw.m";
P52: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(s := 0; s <= 33; s += 3){
		x := 1 << s;
		y := -1024 >> s;
		z := 16r7fffffff >> s;
		sys->print("s=%d: 1<<s=%d -1024>>s=%d max>>s=%d\n", s, x, y, z);
	}
	for(s = 28; s <= 34; s++)
		sys->print("int shift %d: %d %d\n", s, 5 << s, 16r40000000 >> s);
	for(s = 60; s <= 66; s++){
		b := big 1 << s;
		c := big -1 >> s;
		sys->print("big shift %d: %bd %bd\n", s, b, c);
	}
	bt := byte 16r81;
	sys->print("byte shift %d %d %d\n", int (bt << 1), int (bt >> 1), int (bt << 8));
	u := -8;
	sys->print("arith %d %d\n", u >> 1, u >> 3);
	v := 16r80000000;
	sys->print("big literal >> %bd\n", v >> 4);
}
