implement BigConv;

include "sys.m";
	sys: Sys;
include "draw.m";

BigConv: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	inputs := array[] of {
		"0", "1", "-1", "4294967296", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"123456789012345678901234567890", "  77", "88zz", "zz", "",
		"+5", "0x7f",
	};
	for(i := 0; i < len inputs; i++){
		b := big inputs[i];
		sys->print("big %-34q = %bd\n", inputs[i], b);
	}

	# formatting of big values
	v := big 16r123456789abcdef0;
	sys->print("bd=%bd bx=%bx bX=%bX bo=%bo\n", v, v, v, v);
	sys->print("bud=%bud\n", big -1);
	sys->print("bux=%bux\n", big -1);
	sys->print("width: [%20bd] [%-20bd] [%020bd]\n", big 12345, big 12345, big 12345);

	# narrowing
	w := big 16r100000005;
	sys->print("int of big 0x100000005 = %d\n", int w);
	w = big -1 << 40;
	sys->print("big -1<<40 = %bd, int = %d\n", w, int w);

	# string round trips of powers of two
	p := big 1;
	for(i = 0; i < 64; i += 7){
		s := string (p << i);
		back := big s;
		sys->print("2^%-2d = %-20s ok=%d\n", i, s, back == (p << i));
	}

	# overflow wraps
	m := big 9223372036854775807;
	sys->print("max+1 = %bd\n", m + big 1);
	sys->print("min-1 = %bd\n", (-m - big 1) - big 1);
	sys->print("max*2 = %bd\n", m * big 2);

	# real <-> big
	r := 1.0e18;
	sys->print("big of 1e18 = %bd\n", big r);
	sys->print("real of big 2^53+1 = %.1f\n", real ((big 1 << 53) + big 1));
	sys->print("big of -2.5 = %bd, of 2.5 = %bd\n", big -2.5, big 2.5);
}
