implement Overflow;

include "sys.m";
	sys: Sys;
include "draw.m";

Overflow: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

hash(s: string): int
{
	h := int 2166136261;
	for(i := 0; i < len s; i++){
		h ^= s[i];
		h *= 16777619;
	}
	return h;
}

bhash(s: string): big
{
	h := big 1469598103934665603;
	for(i := 0; i < len s; i++){
		h ^= big s[i];
		h *= big 1099511628211;
	}
	return h;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	max := 16r7FFFFFFF;
	min := -max - 1;
	sys->print("max=%d max+1=%d\n", max, max+1);
	sys->print("min=%d min-1=%d\n", min, min-1);
	sys->print("-min=%d\n", -min);
	sys->print("max*2=%d max*max=%d\n", max*2, max*max);
	f := 1;
	for(i := 1; i <= 16; i++){
		f *= i;
		if(i >= 12)
			sys->print("%d! as int = %d\n", i, f);
	}
	words := array[] of {"", "a", "limbo", "inferno", "dis"};
	for(i = 0; i < len words; i++)
		sys->print("fnv32(%s) = %d  fnv64 = %bd\n", words[i], hash(words[i]), bhash(words[i]));
	bmax := big 16r7FFFFFFFFFFFFFFF;
	sys->print("bmax+1 = %bd\n", bmax+big 1);
	b := byte 250;
	for(i = 0; i < 8; i++)
		b += byte 1;
	sys->print("byte 250+8 = %d\n", int b);
	b = byte 3;
	b -= byte 5;
	sys->print("byte 3-5 = %d\n", int b);
	b = byte 200;
	b *= byte 2;
	sys->print("byte 200*2 = %d\n", int b);
	acc := 0;
	for(i = 0; i < 100000; i++)
		acc += 987654;
	sys->print("acc = %d\n", acc);
}
