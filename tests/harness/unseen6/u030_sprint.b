implement Sprint;

include "sys.m";
	sys: Sys;
include "draw.m";

Sprint: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	runes := array[] of {'A', 'é', 'Ω', '日', 16r263A, 16r1F600 & 16rFFFF};
	for(i := 0; i < len runes; i++)
		sys->print("rune %5d 16r%.4x [%c] [%3c] [%-3c]\n", runes[i], runes[i], runes[i], runes[i], runes[i]);
	names := array[] of {"ab", "héllo", "日本語です", "", "exactly10!"};
	for(i = 0; i < len names; i++)
		sys->print("[%-10s][%10s][%10.3s][%.2s][%-4.1s]\n", names[i], names[i], names[i], names[i], names[i]);
	negs := array[] of {-1, -255, 16r7fffffff, -2147483647-1, 0};
	for(i = 0; i < len negs; i++)
		sys->print("%d: x=%x X=%X ux=%ux o=%o\n", negs[i], negs[i], negs[i], negs[i], negs[i]);
	bmin := big 1 << 63;
	bmax := bmin - big 1;
	sys->print("big min %bd\n", bmin);
	sys->print("big max %bd\n", bmax);
	sys->print("big min hex %bx  -1 hex %bx\n", bmin, big -1);
	sys->print("big padded [%20bd] [%-20bd]\n", big -42, big 42);
	sys->print("ints [%5d] [%-5d] [%05d] [%+d] [%.3d]\n", 42, 42, 42, 42, 7);
	sys->print("negative padded [%5d] [%-5d] [%05d]\n", -42, -42, -42);
	sys->print("hash [%#x] [%#o]\n", 255, 8);
	sys->print("percent [%%] [%5%]\n");
	w := 8;
	sys->print("star width [%*d] [%-*d]\n", w, 3, w, 3);
	s := sys->sprint("%s=%d", "key", 9);
	sys->print("sprint len %d: %s\n", len s, s);
	sys->print("%s\n", sys->sprint("%c%c%c", 'a', 16r3b1, 'z'));
	b := array of byte sys->sprint("%c", 16r20AC);
	sys->print("euro sign is %d bytes: %x %x %x\n", len b, int b[0], int b[1], int b[2]);
}
