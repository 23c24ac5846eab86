implement AprintBytes;
include "sys.m";
	sys: Sys;
include "draw.m";
AprintBytes: module { init: fn(nil: ref Draw->Context, nil: list of string); };
dump(tag: string, b: array of byte)
{
	sys->print("%s: %d:", tag, len b);
	for(i := 0; i < len b; i++)
		sys->print(" %.2x", int b[i]);
	sys->print("\n");
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	dump("plain", sys->aprint("abc"));
	dump("empty", sys->aprint(""));
	dump("int", sys->aprint("%d|%5x|%-4o|", -12, 255, 8));
	dump("utf", sys->aprint("é☺%c", 16r1f600));
	dump("real", sys->aprint("%g %e", 0.1, -2.5));
	dump("nul", sys->aprint("%s", "x\u0000y"));
	dump("q", sys->aprint("%q", "a b"));
	b := sys->aprint("%s=%bd", "big", big 1 << 40);
	sys->print("%s\n", string b);
	b[0] = byte 'B';
	sys->print("%s\n", string b);
	s := "";
	for(i := 0; i < 400; i++)
		s[len s] = 'a' + i % 26;
	b = sys->aprint("%s%s", s, s);
	sys->print("%d %s\n", len b, string b[780:]);
	werr := sys->werrstr("bad thing");
	b = sys->aprint("%r/%d", werr);
	dump("r", b);
}
