implement UtfSurrogate;
include "sys.m";
	sys: Sys;
include "draw.m";
UtfSurrogate: module { init: fn(nil: ref Draw->Context, nil: list of string); };
# characters that are not Unicode scalar values, in strings and through %c
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cs := array[] of {16rd800, 16rdfff, 16r110000, -1, 16r7fffffff};
	for(i := 0; i < len cs; i++){
		c := cs[i];
		{
			s := sys->sprint("%c", c);
			b := array of byte s;
			sys->print("%x: len %d bytes %d first %x\n", c, len s, len b, s[0]);
		} exception e { "*" => sys->print("%x: exc %s\n", c, e); }
		{
			x := "a";
			x[1] = c;
			b := array of byte x;
			sys->print("  store: len %d char %x bytes %d\n", len x, x[1], len b);
			y := string b;
			sys->print("  back: len %d char %x\n", len y, y[1]);
		} exception e { "*" => sys->print("  store exc %s\n", e); }
	}
}
