implement RefAlias;

include "sys.m";
	sys: Sys;
include "draw.m";

RefAlias: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Box: adt {
	v: int;
	items: array of int;
	label: string;
};

show(tag: string, b: Box)
{
	s := "";
	for(i := 0; i < len b.items; i++)
		s += sys->sprint(" %d", b.items[i]);
	sys->print("%s: v=%d label=%s items=[%s ]\n", tag, b.v, b.label, s);
}

modval(b: Box)
{
	b.v = 999;
	b.label = "changed";
	b.items[0] = -1;	# array is shared even when adt is copied
}

modref(b: ref Box)
{
	b.v = 777;
	b.label = "refchanged";
	b.items = array[] of {42};
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := Box(1, array[] of {10, 20, 30}, "a");
	b := a;
	b.v = 2;
	b.label = "b";
	show("a", a);
	show("b", b);
	b.items[1] = 2000;
	show("a after b.items[1]", a);

	modval(a);
	show("a after modval", a);

	r := ref a;
	r.v = 5;
	show("a after r.v", a);
	show("*r", *r);

	r2 := r;
	modref(r2);
	show("*r after modref", *r);
	sys->print("r==r2 %d\n", r == r2);
	r3 := ref *r;
	sys->print("r==r3 %d\n", r == r3);
	r3.v = 0;
	sys->print("r.v=%d r3.v=%d\n", r.v, r3.v);

	arr := array[3] of ref Box;
	shared := ref Box(0, nil, "shared");
	for(i := 0; i < len arr; i++)
		arr[i] = shared;
	for(i = 0; i < len arr; i++)
		arr[i].v += i + 1;
	sys->print("shared.v=%d\n", shared.v);

	vals := array[3] of Box;
	for(i = 0; i < len vals; i++)
		vals[i].v += i + 1;
	sys->print("vals: %d %d %d\n", vals[0].v, vals[1].v, vals[2].v);
	cp := vals[0:2];
	cp[1].v = 50;
	sys->print("slice aliasing: vals[1].v=%d\n", vals[1].v);
	nb := array[2] of Box;
	nb[0:] = vals[1:];
	nb[0].v = -9;
	sys->print("copy not alias: vals[1].v=%d nb[0].v=%d nb[1].v=%d\n", vals[1].v, nb[0].v, nb[1].v);
}
