implement AdtMethods;

include "sys.m";
	sys: Sys;
include "draw.m";

AdtMethods: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Counter: adt {
	n: int;
	label: string;

	new: fn(label: string): ref Counter;
	inc: fn(c: self ref Counter): int;
	peek: fn(c: self Counter): int;
	bumpcopy: fn(c: self Counter): Counter;
	tryset: fn(c: self Counter, v: int);
	text: fn(c: self ref Counter): string;
	add: fn(a, b: Counter): Counter;
};

Counter.new(label: string): ref Counter
{
	return ref Counter(0, label);
}

Counter.inc(c: self ref Counter): int
{
	c.n++;
	return c.n;
}

Counter.peek(c: self Counter): int
{
	return c.n;
}

Counter.bumpcopy(c: self Counter): Counter
{
	c.n += 10;
	return c;
}

Counter.tryset(c: self Counter, v: int)
{
	c.n = v;
}

Counter.text(c: self ref Counter): string
{
	return sys->sprint("%s=%d", c.label, c.n);
}

Counter.add(a, b: Counter): Counter
{
	return Counter(a.n + b.n, a.label + "+" + b.label);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := Counter.new("c");
	c.inc();
	c.inc();
	sys->print("%s inc=%d\n", c.text(), c.inc());
	sys->print("peek via deref %d\n", (*c).peek());
	v := Counter(5, "v");
	sys->print("value peek %d\n", v.peek());
	v.tryset(99);
	sys->print("tryset leaves %d\n", v.n);
	w := v.bumpcopy();
	sys->print("bumpcopy %d %d\n", v.n, w.n);
	s := Counter.add(v, w);
	sys->print("add %s %d\n", s.label, s.n);
	arr := array[] of {Counter.new("x"), Counter.new("y")};
	for(i := 0; i < 5; i++)
		arr[i % 2].inc();
	sys->print("%s %s\n", arr[0].text(), arr[1].text());
	l := Counter(1, "l1") :: Counter(2, "l2") :: nil;
	sys->print("hd peek %d\n", (hd l).peek());
	f := Counter.text;
	sys->print("fn value %s\n", f(arr[1]));
	n: ref Counter;
	{
		sys->print("%d\n", n.inc());
	} exception e {
		"*" => sys->print("nil self: %s\n", e);
	}
	{
		sys->print("%s\n", n.text());
	} exception e {
		"*" => sys->print("nil self text: %s\n", e);
	}
}
