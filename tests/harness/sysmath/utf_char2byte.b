implement UtfChar2Byte;
include "sys.m";
	sys: Sys;
include "draw.m";
UtfChar2Byte: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cs := array[] of {0, 'a', 16r7f, 16r80, 16r7ff, 16r800, 16rffff, 16r10000, 16r10ffff, 16r110000,
		16rd800, 16rfffd, -1, 16r7fffffff};
	for(i := 0; i < len cs; i++){
		buf := array[8] of {* => byte 16raa};
		n := 0;
		{ n = sys->char2byte(cs[i], buf, 1); } exception e { "*" => { sys->print("%x: exc %s\n", cs[i], e); continue; } }
		sys->print("%x: %d:", cs[i], n);
		for(j := 0; j < len buf; j++)
			sys->print(" %.2x", int buf[j]);
		sys->print("\n");
	}
	small := array[2] of {* => byte 0};
	sys->print("fit: %d %d %d\n", sys->char2byte('a', small, 1), sys->char2byte(16re9, small, 1), sys->char2byte(16re9, small, 0));
	sys->print("%.2x %.2x\n", int small[0], int small[1]);
	{ sys->print("%d\n", sys->char2byte('a', small, 2)); } exception e { "*" => sys->print("at len: %s\n", e); }
	{ sys->print("%d\n", sys->char2byte('a', small, 3)); } exception e { "*" => sys->print("past len: %s\n", e); }
	{ sys->print("%d\n", sys->char2byte('a', small, -1)); } exception e { "*" => sys->print("neg: %s\n", e); }
	nb: array of byte;
	{ sys->print("%d\n", sys->char2byte('a', nb, 0)); } exception e { "*" => sys->print("nil: %s\n", e); }
	big3 := array[3] of byte;
	sys->print("%d %d\n", sys->char2byte(16r1f600, big3, 0), sys->char2byte(16r263a, big3, 0));
}
