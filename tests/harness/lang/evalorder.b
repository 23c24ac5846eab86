implement EvalOrder;

include "sys.m";
	sys: Sys;
include "draw.m";

EvalOrder: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

n := 0;
trace := "";

bump(): int
{
	n++;
	return n;
}

t(tag: string, v: int): int
{
	trace += tag;
	return v;
}

three(a, b, c: int): string
{
	return sys->sprint("%d,%d,%d", a, b, c);
}

cat(a, b: string): string
{
	return a + b;
}

ts(tag: string): string
{
	trace += tag;
	return tag;
}

arr := array[4] of {* => 0};

idx(tag: string, i: int): int
{
	trace += tag;
	return i;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("%d %d\n", n, bump());
	sys->print("%d %d %d\n", n, bump(), n);
	n = 0;
	sys->print("%d %d\n", bump(), bump());
	n = 0;
	sys->print("%s\n", three(n, bump(), n + 10));
	n = 0;
	sys->print("%s\n", three(bump(), n, bump()));
	trace = "";
	x := t("a", 1) + t("b", 2) * t("c", 3);
	sys->print("binop %d trace %s\n", x, trace);
	trace = "";
	x = t("a", 10) - t("b", 4) - t("c", 1);
	sys->print("chain %d trace %s\n", x, trace);
	trace = "";
	x = t("a", 1) < t("b", 2);
	sys->print("cmp %d trace %s\n", x, trace);
	trace = "";
	s := cat(ts("L"), ts("R"));
	sys->print("call %s trace %s\n", s, trace);
	trace = "";
	s = ts("x") + ts("y") + ts("z");
	sys->print("concat %s trace %s\n", s, trace);
	trace = "";
	arr[idx("i", 1)] = t("v", 5);
	sys->print("store arr[1]=%d trace %s\n", arr[1], trace);
	trace = "";
	arr[idx("i", 2)] += t("v", 7);
	sys->print("op-assign arr[2]=%d trace %s\n", arr[2], trace);
	trace = "";
	l := t("h1", 1) :: t("h2", 2) :: nil;
	sys->print("cons %d trace %s\n", hd l, trace);
	trace = "";
	(a, b) := (t("p", 1), t("q", 2));
	sys->print("tuple %d %d trace %s\n", a, b, trace);
	trace = "";
	ar := array[] of {t("e0", 0), t("e1", 1), t("e2", 2)};
	sys->print("array init %d trace %s\n", len ar, trace);
	trace = "";
	y := t("a", 0) && t("b", 1);
	z := t("c", 1) || t("d", 0);
	sys->print("short %d %d trace %s\n", y, z, trace);
	trace = "";
	arr[idx("i", 0)] = arr[idx("j", 1)] = t("v", 9);
	sys->print("multi %d %d trace %s\n", arr[0], arr[1], trace);
	n = 5;
	n = n++ + n;
	sys->print("n++ + n = %d\n", n);
	n = 1;
	sys->print("%d %d %d\n", n++, n++, n);
	n = 0;
	v := bump() * 10 + bump();
	sys->print("bump*10+bump %d\n", v);
	n = 0;
	w := bump() - n;
	sys->print("bump()-n %d\n", w);
	n = 0;
	w = n - bump();
	sys->print("n-bump() %d\n", w);
	n = 0;
	ss := string n + string bump();
	sys->print("string n + bump %s\n", ss);
}
