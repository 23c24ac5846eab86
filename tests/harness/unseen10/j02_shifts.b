implement Shifts;

include "sys.m";
	sys: Sys;
include "draw.m";

Shifts: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== shifts of int ==\n");
	one := 1;
	neg := -1000;
	pos := 16r12345678;
	for(s := 0; s < 32; s++){
		sys->print("s=%2d 1<<s=%11d -1000>>s=%6d pos>>s=%10d pos<<s=%11d\n",
			s, one<<s, neg>>s, pos>>s, pos<<s);
	}
	sys->print("== shifts of big ==\n");
	bn := big -1000;
	for(s = 0; s < 64; s += 7)
		sys->print("s=%2d big1<<s=%20bd -1000>>s=%6bd\n", s, big 1<<s, bn>>s);
	sys->print("== shifts of byte ==\n");
	b := byte 16r81;
	for(s = 0; s < 9; s++)
		sys->print("s=%d b<<s=%3d b>>s=%3d\n", s, int (b<<s), int (b>>s));
	sys->print("== arithmetic vs logical ==\n");
	x := -1;
	sys->print("-1>>31 = %d\n", x>>31);
	sys->print("-1>>1 = %d\n", x>>1);
	sys->print("-7>>1 = %d (floor)\n", -7>>1);
	sys->print("-7/2 = %d (trunc)\n", -7/2);
	y := 1<<31;
	sys->print("16r80000000 has type big: %bd\n", 16r80000000);
	sys->print("16r80000000>>4 = %x\n", y>>4);
	sys->print("(16r80000000>>4)&16rfffffff = %x\n", (y>>4)&16rfffffff);
	z := 3;
	z <<= 4;
	sys->print("3<<=4 -> %d\n", z);
	z >>= 2;
	sys->print(">>=2 -> %d\n", z);
	sys->print("constant 1<<31 = %d\n", 1<<31);
	sys->print("constant big 1<<63 = %bd\n", big 1<<63);
}
