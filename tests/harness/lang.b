implement Lang;

include "sys.m";
	sys: Sys;
include "draw.m";

Lang: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Point: adt {
	x, y:	int;
	add:	fn(p: self Point, q: Point): Point;
	str:	fn(p: self Point): string;
};

Node: adt {
	v:	int;
	next:	cyclic ref Node;
};

K: con 7;
count := 0;

Point.add(p: self Point, q: Point): Point
{
	return Point(p.x + q.x, p.y + q.y);
}

Point.str(p: self Point): string
{
	return sys->sprint("(%d,%d)", p.x, p.y);
}

fact(n: int): int
{
	if(n <= 1)
		return 1;
	return n * fact(n - 1);
}

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}

check(what: string, ok: int)
{
	count++;
	if(!ok)
		raise "fail:" + what;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;

	# int wraps at 32 bits, big at 64, byte at 8
	i := 2147483647;
	i++;
	check("int wrap", i == -2147483647 - 1);
	b: big = big 1 << 40;
	check("big", b == big 1099511627776);
	y: byte = byte 250;
	y += byte 10;
	check("byte wrap", y == byte 4);
	check("truncating divide", -7 / 2 == -3 && -7 % 2 == -1 && 7 % -2 == 1);
	check("real", 1.5 * 2.0 == 3.0);
	check("conversions", int hd ("42abc" :: nil) == 42 && string 17 == "17" && int 2.5 == 3 && real "1.25" == 1.25);

	# strings
	s := "héllo";
	check("len", len s == 5);
	check("index", s[1] == 'é');
	check("slice", s[1:3] == "él");
	s[0] = 'H';
	check("assign char", s == "Héllo");
	s[len s] = '!';
	check("append char", s == "Héllo!");
	check("compare", "abc" < "abd" && "b" > "abc");

	# arrays share storage with their slices
	a := array[5] of int;
	for(j := 0; j < len a; j++)
		a[j] = j * j;
	t := a[1:3];
	t[0] = 100;
	check("slice shares", a[1] == 100 && len t == 2);
	c := array[] of {"x", "y", "z"};
	check("array literal", len c == 3 && c[2] == "z");
	d := array[4] of {* => 9};
	check("array fill", d[3] == 9);

	# lists
	l: list of int;
	for(j = 0; j < 4; j++)
		l = j :: l;
	check("list", len l == 4 && hd l == 3 && hd tl l == 2);
	sum := 0;
	for(m := l; m != nil; m = tl m)
		sum += hd m;
	check("list walk", sum == 6);

	# tuples, adts, ref adts
	(q, r) := divmod(17, 5);
	check("tuple", q == 3 && r == 2);
	p := Point(1, 2);
	p2 := p;
	p2.x = 10;
	check("adt copies", p.x == 1 && p2.x == 10);
	check("method", p.add(p2).str() == "(11,4)");
	n := ref Node(1, nil);
	n2 := n;
	n2.v = 5;
	check("ref shares", n.v == 5);
	n.next = ref Node(6, nil);
	check("cyclic", n.next.v == 6);

	# control flow
	out := "";
	outer: for(j = 0; j < 3; j++)
		for(k := 0; k < 3; k++){
			if(k == 2)
				continue outer;
			if(j == 2)
				break outer;
			out += string j + string k;
		}
	check("labels", out == "00011011");
	w := 0;
	do
		w++;
	while(w < 5);
	check("do", w == 5);
	case w {
	0 to 4 =>
		check("case range", 0);
	5 or 6 =>
		w = 50;
	* =>
		check("case default", 0);
	}
	check("case", w == 50);
	case "b" {
	"a" => w = 1;
	"b" => w = 2;
	}
	check("case string", w == 2);
	check("recursion", fact(10) == 3628800 && K == 7);

	# exceptions
	{
		raise "fail:inner";
	} exception e {
	"fail:*" =>
		check("caught", e == "fail:inner");
	}
	{
		x := a[10];
		check("bounds", x == 0);
	} exception e {
	"*" =>
		check("bounds error", e == "array bounds error");
	}

	# formatting
	check("print formats", sys->sprint("%d|%5d|%-5d|%05d|%x|%X|%o|%c|%s|%q|%g|%.2f|%bd|%%",
		42, 42, 42, -42, 255, 255, 8, 'A', "s", "a b", 0.5, 3.14159, big 1 << 40) ==
		"42|   42|42   |-0042|ff|FF|10|A|s|'a b'|.5|3.14|1099511627776|%");
	(nt, toks) := sys->tokenize("a b  c", " ");
	check("tokenize", nt == 3 && hd toks == "a");
	sys->print("lang: %d checks passed\n", count);
}
