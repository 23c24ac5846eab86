implement RealFmt;

include "sys.m";
	sys: Sys;
include "draw.m";

RealFmt: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

vals := array[] of {
	0.0, 1.0, -1.0, 0.5, 0.1, 1.0/3.0, 2.0/3.0, 100.0, 123456.789,
	1e6, 1e7, 1.5e-5, 6.02214076e23, -2.5e-10, 3.14159265358979, 1e100,
};

# format a real as a fixed-point string by hand, to compare with %f
manual(x: real, places: int): string
{
	neg := x < 0.0;
	if(neg)
		x = -x;
	scale := big 1;
	for(i := 0; i < places; i++)
		scale *= big 10;
	v := big (x * real scale);	# conversion rounds
	ip := v / scale;
	fp := v % scale;
	s := string ip;
	if(places > 0){
		f := string fp;
		while(len f < places)
			f = "0" + f;
		s += "." + f;
	}
	if(neg)
		s = "-" + s;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%-22s %-14s %-16s %-14s\n", "%g", "%.3f", "%e", "%.10g");
	for(i := 0; i < len vals; i++){
		x := vals[i];
		sys->print("%-22g %-14.3f %-16e %-14.10g\n", x, x, x, x);
	}

	sys->print("\nwidth and flags:\n");
	x := 3.14159;
	sys->print("[%10.2f]\n", x);
	sys->print("[%-10.2f]\n", x);
	sys->print("[%+.4f]\n", x);
	sys->print("[%010.3f]\n", -x);
	sys->print("[%.0f] [%.0f] [%.0f]\n", 0.5, 1.5, 2.5);
	sys->print("[%12.4e]\n", 12345.6789);
	sys->print("[%G] [%E]\n", 1e-20, 1e-20);

	sys->print("\nstring conversion:\n");
	sys->print("string 0.1 = %s\n", string 0.1);
	sys->print("string 1e21 = %s\n", string 1e21);
	sys->print("string 1.0/7.0 = %s\n", string (1.0/7.0));
	strs := array[] of {"3.5", "-0.25", "1e3", "  42", "7abc", "abc", ".5", "1.5e-3"};
	for(i = 0; i < len strs; i++)
		sys->print("real \"%s\" = %g\n", strs[i], real strs[i]);

	sys->print("\nmanual vs %%f:\n");
	tests := array[] of {2.675, 1.005, -0.125, 99.995, 1234.5678};
	for(i = 0; i < len tests; i++)
		sys->print("%10.2f | %s\n", tests[i], manual(tests[i], 2));

	sys->print("\naccumulated rounding:\n");
	s := 0.0;
	for(i = 0; i < 10; i++)
		s += 0.1;
	sys->print("sum of ten 0.1 = %.17g, == 1.0 is %d\n", s, s == 1.0);
	f := 1.0;
	n := 0;
	while(1.0 + f != 1.0){
		f /= 2.0;
		n++;
	}
	sys->print("epsilon found after %d halvings: %g\n", n, f * 2.0);
}
