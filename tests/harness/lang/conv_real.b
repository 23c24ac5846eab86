implement ConvReal;

include "sys.m";
	sys: Sys;
include "draw.m";

ConvReal: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

conv(r: real)
{
	si, sb, sy: string;
	{ si = string int r; } exception e { "*" => si = "<" + e + ">"; }
	{ sb = string big r; } exception e { "*" => sb = "<" + e + ">"; }
	{ sy = string int byte r; } exception e { "*" => sy = "<" + e + ">"; }
	sys->print("%g: int %s big %s byte %s str %s\n", r, si, sb, sy, string r);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	rs := array[] of {
		0.0, -0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, -2.5, 1e-9,
		255.5, 256.0, -1.0, 2147483647.0, 2147483647.4, 2147483647.5, 2147483648.0,
		-2147483648.0, -2147483648.5, -2147483649.0, 3e9, -3e9, 4294967296.0, 4294967297.0,
		1e10, -1e10, 1e18, 9.2e18, 9.3e18, -9.3e18, 1e19, 1e20, 1e30,
		123.456, 1.0/3.0, 2.0/3.0, 1e21, 1e22, 123456789012.0, 0.1, 1e-5, 1e-4,
		1.7976931348623157e308, 100.0, 1e5, 1e6, 12345678.9,
	};
	for(i := 0; i < len rs; i++)
		conv(rs[i]);
	sys->print("const %d %d %d %bd %bd\n", int 2.5, int -2.5, int 3.5, big 1e15, big 0.5);
	sys->print("const %s %s %s\n", string 0.1, string 1e100, string -1.25e-7);
}
