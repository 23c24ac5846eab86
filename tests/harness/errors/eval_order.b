implement EvalOrder;

include "sys.m";
	sys: Sys;
include "draw.m";

EvalOrder: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

R: adt {
	a, b: int;
	s: string;
};

log := "";

v(tag: string, n: int): int
{
	log += tag;
	return n;
}

fail(tag: string): int
{
	log += tag + "!";
	raise "fail " + tag;
}

try(name: string, f: ref fn())
{
	log = "";
	{
		f();
		sys->print("%-10s ok   %s\n", name, log);
	} exception e {
	"*" =>
		sys->print("%-10s %s after %s\n", name, e, log);
	}
}

add3(nil, nil, nil: int): int { return 0; }

a := array[4] of int;
r: ref R;
x: int;

t1() { x = v("a", 1) + v("b", 2) * v("c", 3); }
t2() { x = add3(v("a", 1), v("b", 2), fail("c")); }
t3() { a[v("i", 1)] = v("r", 2); }
t4() { a[v("i", 9)] = v("r", 2); }
t5() { r.a = v("r", 1); }
t6() { r.a = fail("r"); }
t7() { x = v("a", 1) - fail("b"); }
t8() { x = fail("a") - v("b", 1); }
t9() { (x, a[v("i", 1)]) = (v("p", 1), v("q", 2)); }
t10() { a[v("i", 0)] += v("r", 2); }
t11() { a[v("i", 5)] += v("r", 2); }
t12() { x = a[v("i", 1)] + fail("j"); }
t13() { x = v("a", 1) < v("b", 2) && v("c", 3) > fail("d"); }
t14() { x = v("a", 0) && fail("b"); }
t15() { s := "abc"; s[v("i", 3)] = v("r", 'd'); log += " " + s; }
t16() { s := "abc"; s[v("i", 5)] = v("r", 'd'); }
t17() { l := v("h", 1) :: v("t", 2) :: nil; log += " " + string len l; }
t18() { b := array[v("n", 2)] of {v("e0", 0), v("e1", 1)}; log += " " + string len b; }
t19() { b := a[v("lo", 1):v("hi", 3)]; log += " " + string len b; }
t20() { b := a[v("lo", 3):v("hi", 1)]; log += " " + string len b; }
t21() { rr := ref R(v("a", 1), fail("b"), "s"); r = rr; }
t22() { x = v("a", 1) / v("b", 1) % fail("c"); }

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	try("t1", t1);
	try("t2", t2);
	try("t3", t3);
	try("t4", t4);
	try("t5", t5);
	try("t6", t6);
	r = ref R(0, 0, nil);
	try("t5b", t5);
	try("t6b", t6);
	try("t7", t7);
	try("t8", t8);
	try("t9", t9);
	try("t10", t10);
	try("t11", t11);
	try("t12", t12);
	try("t13", t13);
	try("t14", t14);
	try("t15", t15);
	try("t16", t16);
	try("t17", t17);
	try("t18", t18);
	try("t19", t19);
	try("t20", t20);
	try("t21", t21);
	try("t22", t22);
}
