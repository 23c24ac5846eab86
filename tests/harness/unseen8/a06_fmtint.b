implement FmtInt;

include "sys.m";
	sys: Sys;
include "draw.m";

FmtInt: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nums := array[] of {0, 1, -1, 42, -42, 255, 4096, 65535, -100000, 2147483647, -2147483647-1};
	sys->print("%-12s|%-12s|%-12s|%-12s|%s\n", "d", "x", "X", "o", "ux");
	for(i := 0; i < len nums; i++){
		n := nums[i];
		sys->print("%-12d|%-12x|%-12X|%-12o|%ux\n", n, n, n, n, n);
	}
	sys->print("\nwidth and flags:\n");
	n := 42;
	sys->print("[%d] [%5d] [%-5d] [%05d] [%+d] [%+5d]\n", n, n, n, n, n, n);
	n = -42;
	sys->print("[%d] [%5d] [%-5d] [%05d] [%+d] [%+5d]\n", n, n, n, n, n, n);
	sys->print("[%.5d] [%8.5d] [%-8.5d] [%.0d]\n", 42, 42, 42, 0);
	sys->print("[%#x] [%#o] [%#X] [%#x]\n", 255, 8, 3054, 0);
	sys->print("[%08x] [%-8x] [%8X]\n", 48879, 48879, 48879);
	sys->print("[%ud] [%ux] [%uo]\n", -1, -2, -3);
	sys->print("[%*d] [%-*d]\n", 6, 7, 6, 7);
	sys->print("[%c%c%c]\n", 'L', 'i', 'm');
	sys->print("[%5c] [%-5c]\n", 'z', 'z');
	sys->print("percent: 100%%\n");

	# table of powers
	sys->print("\n%4s %10s %10s %12s\n", "n", "2^n", "hex", "octal");
	p := 1;
	for(i = 0; i <= 30; i += 5){
		sys->print("%4d %10d %#10x %#12o\n", i, p << i, p << i, p << i);
	}

	# sprint builds strings
	s := sys->sprint("%d-%03d-%04d", 7, 5, 12);
	sys->print("sprint: %s (len %d)\n", s, len s);
	z := "";
	for(i = 0; i < 6; i++)
		z += sys->sprint("%x", i * 3);
	sys->print("hexrun: %s\n", z);
}
