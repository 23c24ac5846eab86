implement SelfRef;

include "sys.m";
	sys: Sys;
include "draw.m";

SelfRef: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Counter: adt {
	n: int;
	name: string;
	incv: fn(c: self Counter): int;		# works on a copy
	incr: fn(c: self ref Counter): int;	# works on the original
	mk: fn(name: string): ref Counter;	# no self: a plain function in the adt
	str: fn(c: self ref Counter): string;
};

Counter.incv(c: self Counter): int
{
	c.n++;
	return c.n;
}

Counter.incr(c: self ref Counter): int
{
	c.n++;
	return c.n;
}

Counter.mk(name: string): ref Counter
{
	return ref Counter(0, name);
}

Counter.str(c: self ref Counter): string
{
	return c.name + "=" + string c.n;
}

Node: adt {
	val: int;
	next: cyclic ref Node;
};

bumpall(a: array of Counter)
{
	for(i := 0; i < len a; i++)
		a[i].n += 10;
}

bumpone(c: Counter)
{
	c.n += 1000;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	v := Counter(0, "v");
	sys->print("incv -> %d, %d; v.n=%d\n", v.incv(), v.incv(), v.n);
	r := Counter.mk("r");
	r.incr();
	r.incr();
	sys->print("%s\n", r.str());
	sys->print("incv through ref: %d, r still %s\n", (*r).incv(), r.str());
	# array of adt values is passed by reference (array), elements modified in place
	arr := array[2] of {Counter(1, "a"), Counter(2, "b")};
	bumpall(arr);
	bumpone(arr[0]);
	sys->print("arr: %d %d\n", arr[0].n, arr[1].n);
	# cyclic ref adt: build a ring
	first := ref Node(1, nil);
	p := first;
	for(i := 2; i <= 4; i++){
		p.next = ref Node(i, nil);
		p = p.next;
	}
	p.next = first;
	s := "";
	q := first;
	for(k := 0; k < 9; k++){
		s += string q.val;
		q = q.next;
	}
	sys->print("ring walk: %s\n", s);
	sys->print("ring closes: %d\n", first.next.next.next.next == first);
	p.next = nil;	# break cycle
}
