implement ArrInit;

include "sys.m";
	sys: Sys;
include "draw.m";

ArrInit: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

counter := 0;

next(): int
{
	counter++;
	sys->print("next->%d ", counter);
	return counter;
}

pr(l: string, a: array of int)
{
	sys->print("%s(%d):", l, len a);
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pr("plain", array[] of {1, 2, 3});
	pr("sized", array[5] of {1, 2, 3, * => 0});
	pr("labels", array[] of {3 => 30, 1 => 10, 0 or 2 => 0});
	pr("after label", array[] of {2 => 20, 21, 22, 0 => 1, 1 => 2});
	pr("to", array[] of {1 to 3 => 7, 0 => 0});
	pr("or", array[] of {0 or 4 => 9, 2 => 5, 1 or 3 => 6});
	pr("star", array[6] of {* => -1});
	pr("star mixed", array[6] of {1 => 11, * => 8, 4 => 44});
	pr("star first", array[4] of {* => 2, 0 => 0});
	pr("to or", array[10] of {0 to 2 or 7 to 8 => 1, 5 => 5, * => 0});
	n := 4;
	pr("dyn size", array[n] of {0 => n, 3 => -n, * => n * 2});
	pr("dyn size short", array[n - 2] of {1 => 7, 0 => 6});
	sys->print("\n");
	pr("star calls", array[5] of {* => next()});
	pr("star calls w/ label", array[5] of {2 => 100, * => next()});
	pr("to calls", array[] of {0 to 3 => next()});
	pr("or calls", array[] of {1 or 3 => next(), 0 or 2 => 0});
	pr("order", array[] of {2 => next(), 0 => next(), 1 => next()});
	pr("star empty", array[0] of {* => next()});
	sys->print("\n");
	s := array[] of {"a", "b", 3 => "d"};
	for(i := 0; i < len s; i++)
		sys->print("[%q]", s[i]);
	sys->print("\n");
	r := array[3] of {* => 1.5};
	sys->print("reals %g %g %g\n", r[0], r[1], r[2]);
	bb := array[] of {byte 1, byte 255, 5 => byte 7, * => byte 3};
	sys->print("bytes");
	for(i = 0; i < len bb; i++)
		sys->print(" %d", int bb[i]);
	sys->print("\n");
	l := array[3] of {* => 1 :: nil};
	l[0] = 5 :: l[0];
	sys->print("lists %d %d %d\n", len l[0], len l[1], hd l[2]);
	aa := array[3] of {* => array[2] of int};
	aa[0][0] = 99;
	sys->print("shared inner %d %d\n", aa[1][0], aa[2][0]);
	ch := array[] of {'a' => 1, 'c' => 3, * => 0};
	sys->print("char labels len %d %d\n", len ch, ch['c']);
	{
		m := 2;
		bad := array[m] of {5 => 1};
		sys->print("bad %d\n", len bad);
	} exception e {
	"*" =>
		sys->print("bad: %s\n", e);
	}
}
