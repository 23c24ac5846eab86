implement Power;

include "sys.m";
	sys: Sys;
include "draw.m";

Power: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bases := array[] of {1, -1, 2, -2, 3, 10, 46341, 65536};
	exps := array[] of {-2, -1, 0, 1, 2, 3, 15, 30, 31, 32, 33};
	for(i := 0; i < len bases; i++){
		sys->print("%d:", bases[i]);
		for(j := 0; j < len exps; j++)
			sys->print(" %d", bases[i] ** exps[j]);
		sys->print("\n");
	}
	for(i = 0; i < len bases; i++){
		b := big bases[i];
		sys->print("big %bd:", b);
		for(j := 0; j < len exps; j++)
			sys->print(" %bd", b ** (exps[j] * 2));
		sys->print("\n");
	}
	rb := array[] of {0.5, -2.0, 10.0, 1.5, -0.0};
	for(i = 0; i < len rb; i++){
		sys->print("real %g:", rb[i]);
		for(j := 0; j < len exps; j++){
			if(rb[i] == 0.0 && exps[j] < 0)
				continue;
			sys->print(" %g", rb[i] ** exps[j]);
		}
		sys->print("\n");
	}
	sys->print("const %d %d %bd %g %g\n", 2 ** 10, (-3) ** 3, big 2 ** 40, 2.0 ** -3, 10.0 ** 20);
	sys->print("const neg %d %d %d\n", 2 ** -1, 1 ** -7, (-1) ** -7);
	sys->print("prec %d %d %d\n", -2 ** 2, 2 * 3 ** 2, 2 ** 3 * 2);
	x := 3;
	x **= 2;
	sys->print("**= %d\n", x);
	z := 0;
	for(j := 0; j < len exps; j++){
		{
			sys->print("0**%d = %d, big %bd\n", exps[j], z ** exps[j], big z ** exps[j]);
		} exception e {
		"*" =>
			sys->print("0**%d: %s\n", exps[j], e);
		}
	}
}
