implement EvalOrder2;

include "sys.m";
	sys: Sys;
include "draw.m";

EvalOrder2: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

tr := "";

f(tag: string, v: int): int
{
	tr += tag;
	return v;
}

fs(tag: string): string
{
	tr += tag;
	return tag;
}

fb(tag: string, v: big): big
{
	tr += tag;
	return v;
}

fr(tag: string, v: real): real
{
	tr += tag;
	return v;
}

fa(tag: string): array of int
{
	tr += tag;
	return array[] of {10, 20, 30};
}

show(what: string, v: int)
{
	sys->print("%-12s %5d  %s\n", what, v, tr);
	tr = "";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("a+b", f("a", 1) + f("b", 2));
	show("a-b", f("a", 1) - f("b", 2));
	show("a*b", f("a", 3) * f("b", 2));
	show("a/b", f("a", 9) / f("b", 2));
	show("a%b", f("a", 9) % f("b", 2));
	show("a&b", f("a", 3) & f("b", 6));
	show("a<<b", f("a", 1) << f("b", 3));
	show("a==b", f("a", 1) == f("b", 1));
	show("a<b", f("a", 1) < f("b", 2));
	show("a>=b", f("a", 1) >= f("b", 2));
	show("(a+b)+c", f("a", 1) + f("b", 2) + f("c", 3));
	show("a+(b+c)", f("a", 1) + (f("b", 2) + f("c", 3)));
	show("(a+b)*(c+d)", (f("a", 1) + f("b", 2)) * (f("c", 3) + f("d", 4)));
	show("a*b+c*d", f("a", 1) * f("b", 2) + f("c", 3) * f("d", 4));
	show("a+1", f("a", 1) + 1);
	show("1+a", 1 + f("a", 1));
	show("-a+b", -f("a", 1) + f("b", 2));
	show("s+t len", len (fs("s") + fs("t")));
	show("s<t", fs("s") < fs("t"));
	show("s==t", fs("s") == fs("t"));
	show("s[i]", fs("str")[f("i", 1)]);
	show("arr[i]", fa("A")[f("i", 1)]);
	show("arr[i:j]", len fa("A")[f("i", 1):f("j", 2)]);
	show("big a+b", int (fb("a", big 1) + fb("b", big 2)));
	show("big a<b", fb("a", big 1) < fb("b", big 2));
	show("real a*b", int (fr("a", 2.0) * fr("b", 3.0)));
	show("real a<b", fr("a", 1.0) < fr("b", 2.0));
	show("int a + int b", int fr("a", 1.0) + int fr("b", 2.0));
	show("a**b", f("a", 2) ** f("b", 3));
	show("a && b", f("a", 1) && f("b", 1));
	show("!a || b", !f("a", 1) || f("b", 1));
	show("(a, b).t1", (f("a", 1), f("b", 2)).t1);
	show("a :: b", len (f("a", 1) :: f("b", 2) :: nil));
	show("array[a] of", len array[f("a", 2)] of {f("b", 1), f("c", 2)});
	x := array[3] of {* => 0};
	x[f("i", 0)] = f("a", 1) + f("b", 2);
	show("x[i]=a+b", x[0]);
	x[f("i", 1)] = f("a", 1);
	show("x[i]=a", x[1]);
	fa("A")[f("i", 0)] = f("v", 5);
	show("A[i]=v", 0);
	y := 0;
	y = f("a", 1) + y;
	show("y=a+y", y);
	y += f("a", 5);
	show("y+=a", y);
	l := f("a", 1) :: nil;
	show("list", hd l);
	s := fs("x") + fs("y");
	show("string", len s);
	sys->print("%d %d %d\n", f("a", 1), f("b", 2), f("c", 3));
	show("print args", 0);
	sys->print("%s %d\n", fs("s"), f("i", 1));
	show("print s i", 0);
}
