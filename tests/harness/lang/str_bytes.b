implement StrBytes;

include "sys.m";
	sys: Sys;
include "draw.m";

StrBytes: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

show(label: string, b: array of byte)
{
	s := string b;
	sys->print("%s: %d bytes -> %d chars:", label, len b, len s);
	for(i := 0; i < len s; i++)
		sys->print(" %ux", s[i]);
	sys->print("\n");
}

mk(v: array of int): array of byte
{
	b := array[len v] of byte;
	for(i := 0; i < len v; i++)
		b[i] = byte v[i];
	return b;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("ascii", mk(array[] of {'a', 'b', 'c'}));
	show("empty", mk(array[0] of int));
	show("80 80", mk(array[] of {16r80, 16r80}));
	show("80", mk(array[] of {16r80}));
	show("ed a0 80", mk(array[] of {16red, 16ra0, 16r80}));
	show("c3", mk(array[] of {16rc3}));
	show("a c3", mk(array[] of {'a', 16rc3}));
	show("c3 a9", mk(array[] of {16rc3, 16ra9}));
	show("e4 b8", mk(array[] of {16re4, 16rb8}));
	show("a e4 b8", mk(array[] of {'a', 16re4, 16rb8}));
	show("e4 b8 96", mk(array[] of {16re4, 16rb8, 16r96}));
	show("e4 b8 x", mk(array[] of {16re4, 16rb8, 'x'}));
	show("c3 x", mk(array[] of {16rc3, 'x'}));
	show("ff fe", mk(array[] of {16rff, 16rfe}));
	show("c0 80", mk(array[] of {16rc0, 16r80}));
	show("e0 80 80", mk(array[] of {16re0, 16r80, 16r80}));
	show("f0 9f 98 80", mk(array[] of {16rf0, 16r9f, 16r98, 16r80}));
	show("f0 9f 98", mk(array[] of {16rf0, 16r9f, 16r98}));
	show("f4 90 80 80", mk(array[] of {16rf4, 16r90, 16r80, 16r80}));
	show("x 80 80 80", mk(array[] of {'x', 16r80, 16r80, 16r80}));
	show("0 a 0", mk(array[] of {0, 'a', 0}));
	show("ef bf bd", mk(array[] of {16ref, 16rbf, 16rbd}));
	show("ed 9f bf", mk(array[] of {16red, 16r9f, 16rbf}));
	show("c2 80 c2", mk(array[] of {16rc2, 16r80, 16rc2}));
	b := array of byte "héllo 世界";
	sys->print("array of byte: %d:", len b);
	for(i := 0; i < len b; i++)
		sys->print(" %ux", int b[i]);
	sys->print("\n");
	show("slice 0:2", b[0:2]);
	show("slice 1:2", b[1:2]);
	show("slice 0:8", b[0:8]);
	show("slice 7:9", b[7:9]);
	e := array of byte "";
	sys->print("empty array len %d nil %d\n", len e, e == nil);
	n: array of byte;
	sys->print("nil array string %q len %d\n", string n, len string n);
	w := "\u0000x";
	wb := array of byte w;
	sys->print("nul %d %d\n", len w, len wb);
	big1 := "a";
	big1[0] = 16r1f600;
	sys->print("astral %d %d %ux\n", len big1, len array of byte big1, big1[0]);
	hi := "a";
	hi[0] = 16r110000;
	hb := array of byte hi;
	sys->print("too big %d bytes:", len hb);
	for(i = 0; i < len hb; i++)
		sys->print(" %ux", int hb[i]);
	sys->print("\n");
	sur := "a";
	sur[0] = 16rd800;
	sys->print("surrogate %d bytes\n", len array of byte sur);
}
