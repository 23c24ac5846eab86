implement Compare;

include "sys.m";
	sys: Sys;
include "draw.m";

Compare: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	j := 0;
	is := array[] of {-2147483647 - 1, -1, 0, 1, 2147483647};
	for(i := 0; i < len is; i++)
		for(j = 0; j < len is; j++){
			a := is[i]; b := is[j];
			sys->print("%d%d%d%d%d%d ", a < b, a <= b, a > b, a >= b, a == b, a != b);
		}
	sys->print("\n");
	bs := array[] of {byte 0, byte 127, byte 128, byte 255};
	for(i = 0; i < len bs; i++)
		for(j = 0; j < len bs; j++)
			sys->print("%d%d ", bs[i] < bs[j], bs[i] >= bs[j]);
	sys->print("\n");
	gs := array[] of {big -16r8000000000000000, big -1, big 16r80000000, big 16r100000000, big 16r7fffffffffffffff};
	for(i = 0; i < len gs; i++)
		for(j = 0; j < len gs; j++)
			sys->print("%d%d%d ", gs[i] < gs[j], gs[i] == gs[j], gs[i] > gs[j]);
	sys->print("\n");
	rs := array[] of {-1e300, -1.0, -0.0, 0.0, 1e-300, 1.0, real "Infinity"};
	for(i = 0; i < len rs; i++)
		for(j = 0; j < len rs; j++)
			sys->print("%d%d%d ", rs[i] < rs[j], rs[i] == rs[j], rs[i] >= rs[j]);
	sys->print("\n");
	ss := array[] of {"", "a", "A", "ab", "abc", "b", "é", "z\u00e9", "zz", "\u4e16"};
	for(i = 0; i < len ss; i++){
		for(j = 0; j < len ss; j++)
			sys->print("%d%d%d ", ss[i] < ss[j], ss[i] == ss[j], ss[i] > ss[j]);
		sys->print("\n");
	}
	nilstr: string;
	sys->print("nil vs empty %d %d %d\n", nilstr == "", nilstr < "a", "" <= nilstr);
	x := 5;
	c := x > 3;
	sys->print("bool value %d %d\n", c, c + 1);
	sys->print("chain %d\n", (1 < 2) == (3 < 4));
}
