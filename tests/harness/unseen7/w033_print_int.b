implement PrintInt;

include "sys.m";
	sys: Sys;
include "draw.m";

PrintInt: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	vals := array[] of {0, 7, -42, 255, 65535, -1};
	for(i := 0; i < len vals; i++){
		v := vals[i];
		sys->print("[%d] [%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%#x] [%#o]\n",
			v, v, v, v, v, v, v, v, v, v);
	}
	sys->print("[%c%c%c] [%3c] [%-3c]|\n", 'L', 'i', 'm', 'b', 'o');
	sys->print("[%s] [%8s] [%-8s] [%.3s] [%8.2s]\n", "dis", "dis", "dis", "limbo", "limbo");
	w := 6;
	sys->print("[%*d] [%-*d] [%.*s]\n", w, 12, w, 34, 2, "abcdef");
	sys->print("[%ud] [%ux]\n", -1, -1);
	sys->print("[%q] [%q] [%q]\n", "plain", "with space", "it's");
	sys->print("percent %% done\n");
	s := sys->sprint("%d-%s-%x", 10, "mid", 171);
	sys->print("sprint %s len %d\n", s, len s);
}
