implement Values;

include "sys.m";
	sys: Sys;
include "draw.m";

Values: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Inner: adt { x, y: int; };
Outer: adt {
	name:	string;
	in:	Inner;
	tags:	list of string;
	bump:	fn(o: self Outer): int;
	rbump:	fn(o: self ref Outer): int;
};

Outer.bump(o: self Outer): int
{
	o.in.x++;
	return o.in.x;
}

Outer.rbump(o: self ref Outer): int
{
	o.in.x++;
	return o.in.x;
}

Tree: adt {
	v:	int;
	l, r:	cyclic ref Tree;
};

insert(t: ref Tree, v: int): ref Tree
{
	if(t == nil)
		return ref Tree(v, nil, nil);
	if(v < t.v)
		t.l = insert(t.l, v);
	else
		t.r = insert(t.r, v);
	return t;
}

walk(t: ref Tree): string
{
	if(t == nil)
		return "";
	return walk(t.l) + " " + string t.v + walk(t.r);
}

gcount := 10;
gname := "global";
gs: string;

thrower(n: int)
{
	if(n == 0)
		raise "fail:bottom";
	thrower(n - 1);
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	o := Outer("o", Inner(1, 2), "a" :: nil);
	p := o;
	p.in.x = 100;
	sys->print("%d %d\n", o.in.x, p.in.x);
	sys->print("bump %d then %d\n", o.bump(), o.in.x);
	ro := ref o;
	sys->print("rbump %d then %d, o %d\n", ro.rbump(), ro.in.x, o.in.x);
	arr := array[3] of Inner;
	arr[1].x = 7;
	e := arr[1];
	e.x = 8;
	sys->print("arr %d %d %d\n", arr[0].x, arr[1].x, e.x);
	t: ref Tree;
	for(l := 5 :: 3 :: 8 :: 1 :: 4 :: 9 :: nil; l != nil; l = tl l)
		t = insert(t, hd l);
	sys->print("tree:%s\n", walk(t));
	sys->print("%d %s [%s] %d\n", gcount, gname, gs, gs == nil);
	{
		thrower(5);
	} exception x {
	"fail:*" =>
		sys->print("caught %s\n", x);
	}
	{
		{
			raise "inner";
		} exception x {
		"inner" =>
			raise "outer:" + x;
		}
	} exception y {
	"*" =>
		sys->print("re %s\n", y);
	}
	s := "hello, world";
	sys->print("%s|%s|%s|%d\n", s[7:], s[0:5], s[3:3], len s[7:]);
	sys->print("%d %d %d\n", "abc" < "abd", "b" > "abc", "" < "a");
	case "k" {
	"a" to "f" => sys->print("a-f\n");
	"g" to "m" => sys->print("g-m\n");
	* => sys->print("other\n");
	}
	grid := array[3] of array of int;
	for(i := 0; i < 3; i++){
		grid[i] = array[3] of int;
		for(j := 0; j < 3; j++)
			grid[i][j] = i * 3 + j;
	}
	sys->print("grid %d %d\n", grid[2][1], len grid[0]);
	ss := array[] of {"x", "yy", "zzz"};
	tot := 0;
	for(i = 0; i < len ss; i++)
		tot += len ss[i];
	sys->print("tot %d\n", tot);
	sys->print("%s\n", hd rev("a" :: "b" :: "c" :: nil));
	(nil, b) := (1, "second");
	sys->print("%s\n", b);
	bb := big 1 << 40 | big 3;
	sys->print("%bd %bx\n", bb, bb);
	y := byte 200;
	z := y + y;
	sys->print("%d %d %d\n", int z, int ~y, int (y >> 3));
	m := 65536;
	sys->print("%d %d\n", m * m, m * 32768);
	c := '\n';
	sys->print("%d %d %d %s", c, '\'', '\\', "tab\there\n");
	sys->print("%s\n", "\u263a smile");
	n := 0;
	do {
		n++;
	} while(n < 5);
	sys->print("n %d\n", n);
	k := 0;
	for(;;){
		if(++k > 3)
			break;
	}
	sys->print("k %d\n", k);
	ll := (1 :: 2 :: nil) :: (3 :: nil) :: nil;
	sys->print("ll %d %d\n", len ll, hd hd tl ll);
	r1 := ref Inner(1, 2);
	r2 := r1;
	r3 := ref Inner(1, 2);
	sys->print("%d %d\n", r1 == r2, r1 == r3);
	sys->print("%d\n", int hd ("0x10" :: nil));
	sys->print("%s\n", string big "-9223372036854775808");
	exit;
}
