implement P51;
include "sys.m";
	sys: Sys;
include "draw.m";
P51: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reals := array[] of {1e9, -1e9, 2147483647.4, -2147483647.6, 0.5, -0.5, 1.5e9};
	for(i := 0; i < len reals; i++)
		sys->print("%g: int %d big %bd\n", reals[i], int reals[i], big reals[i]);
	bigs := array[] of {big 16r100000000, big 16r17fffffff, big -16r80000001, big 16r7fffffffffffffff};
	for(i = 0; i < len bigs; i++)
		sys->print("%bd: int %d byte %d real %g\n", bigs[i], int bigs[i], int byte bigs[i], real bigs[i]);
	ints := array[] of {300, -1, 255, 256, 16r12345678};
	for(i = 0; i < len ints; i++)
		sys->print("%d: byte %d big %bd real %g str %s\n", ints[i], int byte ints[i], big ints[i], real ints[i], string ints[i]);
	b := byte 255;
	sys->print("byte: int %d big %bd real %g str %s\n", int b, big b, real b, string b);
	r := 2.5;
	sys->print("real->str %s big->str %s\n", string r, string big -77);
	strs := array[] of {"12", "-3", "+4", "0x1f", "1e3", "  \t9", "7.9", "", "-", "99999999999"};
	for(i = 0; i < len strs; i++)
		sys->print("%q: int %d big %bd real %g\n", strs[i], int strs[i], big strs[i], real strs[i]);
	sys->print("%d %d\n", int 'A', 'A' + 1);
}
