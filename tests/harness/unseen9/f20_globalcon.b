implement GlobalCon;

include "sys.m";
	sys: Sys;
include "draw.m";

GlobalCon: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Width: con 8;
area := Width * Width;
title := "grid" + "-" + "v2";
scale := 1.5 * 2.0;
mask := big 1 << 40;
ch := 'é';
tlen := len "constant";
uninit: string;
unarr: array of int;
nums: list of int;
cache: array of int;

squares(): array of int
{
	if(cache == nil){
		sys->print("(computing cache)\n");
		cache = array[Width] of int;
		for(i := 0; i < Width; i++)
			cache[i] = i * i;
	}
	return cache;
}

bump()
{
	area++;
	title[len title] = '!';
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("area=%d title=%s scale=%g mask=%bd ch=%c tlen=%d\n",
		area, title, scale, mask, ch, tlen);
	sys->print("uninit nil=%d unarr len=%d nums len=%d\n", uninit == nil, len unarr, len nums);
	bump();
	bump();
	sys->print("after bumps: area=%d title=%s\n", area, title);
	s := squares();
	t := squares();
	sys->print("same cache=%d s[7]=%d\n", s == t, t[7]);
	s[7] = 0;
	sys->print("cache[7] via global=%d\n", cache[7]);
	nums = 3 :: 2 :: 1 :: nums;
	sys->print("nums len=%d\n", len nums);
}
