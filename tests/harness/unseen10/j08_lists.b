implement Lists;

include "sys.m";
	sys: Sys;
include "draw.m";

Lists: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Pt: adt {
	x, y: int;
};

pr(tag: string, l: list of int)
{
	sys->print("%s (len %d):", tag, len l);
	for(; l != nil; l = tl l)
		sys->print(" %d", hd l);
	sys->print("\n");
}

rev(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("== construction ==\n");
	l := 1 :: 2 :: 3 :: nil;
	pr("1::2::3::nil", l);
	m := 0 :: l;
	pr("0::l", m);
	pr("tl m", tl m);
	sys->print("tl m == l: %d\n", tl m == l);
	sys->print("m == l: %d\n", m == l);
	n := 1 :: 2 :: 3 :: nil;
	sys->print("equal contents but n == l: %d\n", n == l);
	e: list of int;
	sys->print("empty == nil: %d, len %d\n", e == nil, len e);
	pr("rev l", rev(l));
	sys->print("== lists literal ==\n");
	ll := list of {10, 20, 30};
	pr("list of {10,20,30}", ll);
	sl := list of {"a", "bb", "ccc"};
	for(p := sl; p != nil; p = tl p)
		sys->print("[%s:%d]", hd p, len hd p);
	sys->print("\n");
	sys->print("== shared tails ==\n");
	base := 100 :: 200 :: nil;
	x := 1 :: base;
	y := 2 :: base;
	sys->print("tl x == tl y: %d\n", tl x == tl y);
	pr("x", x);
	pr("y", y);
	sys->print("== lists of tuples and adts ==\n");
	tl2 := (1, "one") :: (2, "two") :: nil;
	for(; tl2 != nil; tl2 = tl tl2){
		(k, v) := hd tl2;
		sys->print("%d=%s ", k, v);
	}
	sys->print("\n");
	pts := Pt(1, 2) :: Pt(3, 4) :: nil;
	sys->print("hd pts .x=%d, (hd tl pts).y=%d\n", (hd pts).x, (hd tl pts).y);
	rp := ref Pt(5, 6);
	rl := rp :: rp :: nil;
	(hd rl).x = 99;
	sys->print("ref shared in list: %d %d, same ref %d\n", (hd rl).x, (hd tl rl).x, hd rl == hd tl rl);
	sys->print("== list of list ==\n");
	empty: list of int;
	lol := (1 :: nil) :: (2 :: 3 :: nil) :: empty :: nil;
	sys->print("len lol %d:", len lol);
	for(; lol != nil; lol = tl lol)
		sys->print(" %d", len hd lol);
	sys->print("\n");
	sys->print("== hd of nil raises ==\n");
	{
		z: list of int;
		sys->print("%d\n", hd z);
	} exception ex {
	"*" =>
		sys->print("caught: %s\n", ex);
	}
}
