implement FmtStar;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtStar: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(w := -6; w <= 6; w += 3){
		sys->print("[%*d] [%*s] [%*x] [%*g]\n", w, 42, w, "ab", w, 255, w, 1.5);
		p := w + 6;
		sys->print("[%.*d] [%.*s] [%*.*f]\n", p, 42, p, "abcdefgh", w, p, 3.14159);
	}
	sys->print("[%*.*s]\n", 10, 3, "abcdef");
	sys->print("[%-*.*s]\n", 10, 3, "abcdef");
	sys->print("[%*c] [%-*c] [%3c]\n", 4, 'x', 4, 'y', 16r263a);
	sys->print("[%10q] [%-10q] [%.2q]\n", "a b", "c'd", "hello");
	sys->werrstr("oops");
	sys->print("[%*r] [%-9r]\n", 8);
	sys->print("[%5%] [%-5%] [%%]\n");
}
