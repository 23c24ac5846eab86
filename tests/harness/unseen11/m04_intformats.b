implement IntFormats;

include "sys.m";
	sys: Sys;
include "draw.m";

IntFormats: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

vals := array[] of {0, 1, -1, 7, 42, -42, 255, 4096, 65535, 1000000, -2147483647, 16r7fffffff};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%12s %10s %10s %12s %8s\n", "dec", "hex", "HEX", "oct", "#x");
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("%12d %10x %10X %12o %8s\n", v, v, v, v, sys->sprint("%#x", v));
	}

	sys->print("\nwidth and flag play with 42 and -42:\n");
	sys->print("[%d] [%5d] [%-5d] [%05d] [%+d] [%+5d]\n", 42, 42, 42, 42, 42, 42);
	sys->print("[%d] [%5d] [%-5d] [%05d] [%+d] [%+5d]\n", -42, -42, -42, -42, -42, -42);
	sys->print("[%.4d] [%8.4d] [%-8.4d] [%#o] [%#X]\n", 42, 42, 42, 42, 42);
	sys->print("[%,d] [%,d] [%,d]\n", 1234567, -987654321, 999);
	sys->print("[%ud] [%ux]\n", -1, -1);

	sys->print("\nstar widths:\n");
	for(w := 1; w <= 6; w++)
		sys->print("|%*d|%-*d|\n", w, w*w*w, w, w);

	sys->print("\nbytes as hex pairs: ");
	b := array of byte "Limbo!";
	for(i = 0; i < len b; i++)
		sys->print("%.2x%s", int b[i], sep(i, len b));
	sys->print("\n");

	sys->print("\nbit patterns:\n");
	for(i = 0; i < 5; i++){
		v := 1 << (i*3);
		sys->print("1<<%-2d = %8d = 0x%.8x = %s\n", i*3, v, v, binary(v, 16));
	}

	sys->print("\ncharacters:\n");
	chars := array[] of {'A', 'z', '0', '~', 16r3b1, 16r263a, 16r4e2d};
	for(i = 0; i < len chars; i++)
		sys->print("U+%.4X %3c [%-3c] %d\n", chars[i], chars[i], chars[i], chars[i]);
}

sep(i, n: int): string
{
	if(i == n-1)
		return "";
	return ":";
}

binary(v, nbits: int): string
{
	s := "";
	for(i := nbits-1; i >= 0; i--){
		if(v & (1<<i))
			s += "1";
		else
			s += "0";
		if(i % 4 == 0 && i != 0)
			s += "_";
	}
	return s;
}
