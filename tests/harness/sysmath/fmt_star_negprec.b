implement FmtStarNegPrec;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtStarNegPrec: module { init: fn(nil: ref Draw->Context, nil: list of string); };
# a negative precision through * : lib9 sees "%.-3d"
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(p := -1; p >= -9; p -= 4){
		sys->print("[%.*d]\n", p, 42);
		sys->print("[%.*x]\n", p, 255);
		sys->print("[%.*s]\n", p, "abcdefghijkl");
		sys->print("[%.*f]\n", p, 3.14159);
		sys->print("[%.*e]\n", p, 3.14159);
		sys->print("[%.*g]\n", p, 3.14159);
		sys->print("[%8.*d]\n", p, 7);
		sys->print("[%*.*g]\n", p, p, 2.5);
	}
}
