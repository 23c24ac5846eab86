implement Radix;

include "sys.m";
	sys: Sys;
include "draw.m";

Radix: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

tobase(n, b: int): string
{
	digits := "0123456789abcdefghijklmnopqrstuvwxyz";
	if(n == 0)
		return "0";
	neg := n < 0;
	if(neg)
		n = -n;
	s := "";
	while(n > 0){
		s = digits[n % b:n % b + 1] + s;
		n /= b;
	}
	if(neg)
		s = "-" + s;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("16rFF=%d 16rff=%d 8r17=%d 2r1010=%d\n", 16rFF, 16rff, 8r17, 2r1010);
	sys->print("36rZZ=%d 36rLimbo=%d 3r222=%d\n", 36rZZ, 36rLimbo, 3r222);
	sys->print("0x1F=%d 017=%d 0=%d\n", 16r1F, 017, 0);
	sys->print("big radix: %bd\n", big 16r7fffffff * big 2r10);
	sys->print("16rFFFFFFFF is big=%bd, int of it=%d\n", 16rFFFFFFFF, int 16rFFFFFFFF);
	sys->print("sum=%d\n", 16r10 + 8r10 + 2r10 + 10);
	sys->print("reals: %g %g %g %g\n", 1.5e3, 2.5E-2, .25, 1e0);
	bases := array[] of {2, 8, 16, 36};
	vals := array[] of {255, -10, 2r1010, 36rhello};
	for(i := 0; i < len vals; i++){
		sys->print("%d:", vals[i]);
		for(j := 0; j < len bases; j++)
			sys->print(" %s", tobase(vals[i], bases[j]));
		sys->print("\n");
	}
	# radix in string conversion with sys->print formats
	sys->print("%x %X %o\n", 48879, 48879, 8r777);
	sys->print("%#x %#o\n", 255, 8);
}
