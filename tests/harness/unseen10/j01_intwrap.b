implement IntWrap;

include "sys.m";
	sys: Sys;
include "draw.m";

IntWrap: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

check(name: string, got, want: big)
{
	r := "ok";
	if(got != want)
		r = "FAIL";
	sys->print("%-28s got %bd want %bd %s\n", name, got, want, r);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== integer wrap-around ==\n");

	i := 16r7fffffff;
	i++;
	check("int max+1", big i, big -2147483648);
	i = -2147483647 - 1;
	i--;
	check("int min-1", big i, big 2147483647);
	m := 65536;
	m = m * m;
	check("65536*65536 (int)", big m, big 0);
	m = 46341;
	m = m * m;
	check("46341*46341 (int)", big m, big -2147479015);
	n := -(-2147483647 - 1);
	check("-(int min)", big n, big (-2147483647 - 1));

	b: byte = byte 255;
	b++;
	check("byte 255+1", big b, big 0);
	b = byte 0;
	b--;
	check("byte 0-1", big b, big 255);
	b = byte 200;
	b += byte 100;
	check("byte 200+100", big b, big 44);
	b = byte 16;
	b *= byte 16;
	check("byte 16*16", big b, big 0);
	b = byte 300;
	check("byte 300", big b, big 44);
	b = byte -1;
	check("byte -1", big b, big 255);
	x := int byte 1000;
	check("int byte 1000", big x, big 232);

	g := big 16r7fffffffffffffff;
	g++;
	check("big max+1 < 0", big (g < big 0), big 1);
	sys->print("big max+1 = %bd\n", g);
	g = big 1 << 62;
	g = g * big 4;
	check("2^62*4 (big)", g, big 0);
	g = big 16r100000000;
	check("big 2^32", g, big 4294967296);
	check("int of big 2^32+5", big int (g + big 5), big 5);
	check("int of big 2^31", big int (big 1 << 31), big -2147483648);
	check("byte of big 511", big byte big 511, big 255);
	sys->print("done\n");
}
