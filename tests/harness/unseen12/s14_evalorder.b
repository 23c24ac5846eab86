implement EvalOrder;

include "sys.m";
	sys: Sys;
include "draw.m";

EvalOrder: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

log := "";
counter := 0;

tick(tag: string): int
{
	counter++;
	log += sys->sprint("%s%d ", tag, counter);
	return counter;
}

flush(what: string)
{
	sys->print("%-24s %s\n", what + ":", log);
	log = "";
}

three(a, b, c: int): string
{
	return sys->sprint("(%d,%d,%d)", a, b, c);
}

cat(a, b: string): string
{
	return a + b;
}

stick(tag: string): string
{
	return tag + string tick(tag);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	r := three(tick("a"), tick("b"), tick("c"));
	flush("call args " + r);

	x := tick("l") - tick("r");
	flush("binary - = " + string x);

	x = tick("l") * 10 + tick("m") * 100 + tick("r");
	flush("sum of products " + string x);

	s := cat(stick("p"), cat(stick("q"), stick("r")));
	flush("nested calls " + s);

	arr := array[5] of {* => 0};
	arr[tick("i") % 5] = tick("v");
	flush("arr[i] = v");
	sys->print("   arr: %d %d %d %d %d\n", arr[0], arr[1], arr[2], arr[3], arr[4]);

	counter = 0;
	(p, q) := (tick("t1"), tick("t2"));
	flush(sys->sprint("tuple (%d,%d)", p, q));

	l := tick("h1") :: tick("h2") :: tick("h3") :: nil;
	flush("list cons");
	sys->print("   list:");
	for(; l != nil; l = tl l)
		sys->print(" %d", hd l);
	sys->print("\n");

	a2 := array[] of {tick("e0"), tick("e1"), tick("e2")};
	flush(sys->sprint("array init %d %d %d", a2[0], a2[1], a2[2]));

	str := stick("s") + stick("t") + stick("u");
	flush("string concat " + str);

	# i++ in several places of one expression
	counter = 0;
	i := 0;
	b := array[4] of {* => -1};
	b[i++] = i;
	b[i++] = i * 10;
	sys->print("b after b[i++]=i: %d %d %d %d (i=%d)\n", b[0], b[1], b[2], b[3], i);

	i = 1;
	y := i + (i = 5) + i;
	sys->print("i + (i = 5) + i = %d\n", y);

	i = 2;
	z := three(i, i++, i);
	sys->print("three(i, i++, i) with i=2: %s, i now %d\n", z, i);

	# comparison operands and conditional evaluation
	counter = 0;
	if(tick("L") < tick("R"))
		flush("L < R true");
	else
		flush("L < R false");

	# method receiver versus arguments
	sb := ref SB("");
	sb.add(stick("m")).add(stick("n"));
	flush("chained methods " + sb.s);

	# sprint arguments
	msg := sys->sprint("%d-%d-%d", tick("f"), tick("g"), tick("h"));
	flush("sprint " + msg);
}

SB: adt {
	s: string;
	add: fn(b: self ref SB, t: string): ref SB;
};

SB.add(b: self ref SB, t: string): ref SB
{
	log += "[add " + t + "] ";
	b.s += t;
	return b;
}
