implement ListsOfAdts;

include "sys.m";
	sys: Sys;
include "draw.m";

ListsOfAdts: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Emp: adt {
	name: string;
	age: int;
	tags: list of string;
};

older(l: list of Emp, n: int): list of Emp
{
	r: list of Emp;
	for(; l != nil; l = tl l)
		if((hd l).age > n)
			r = hd l :: r;
	return r;
}

names(l: list of Emp): string
{
	s := "";
	for(; l != nil; l = tl l){
		e := hd l;
		s += e.name + "/" + string e.age + " ";
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	l := Emp("ann", 30, "x" :: nil) :: Emp("bo", 25, nil) :: Emp("cy", 41, "y" :: "z" :: nil) :: nil;
	sys->print("all: %s\n", names(l));
	o := older(l, 26);
	sys->print("older: %s\n", names(o));
	e := hd l;
	e.age = 99;
	sys->print("hd copy: %d %d\n", e.age, (hd l).age);
	sys->print("tags: %d %s\n", len (hd tl tl l).tags, hd tl (hd tl tl l).tags);

	ll := l :: o :: nil;
	sys->print("list of lists: %d %s\n", len ll, (hd hd tl ll).name);

	arr := array[3] of list of Emp;
	sys->print("arr nil: %d %d\n", arr[0] == nil, len arr[2]);
	arr[0] = l;
	arr[1] = tl l;
	arr[2] = arr[1];
	arr[1] = Emp("dee", 1, nil) :: arr[1];
	for(i := 0; i < len arr; i++)
		sys->print("arr[%d]: %d %s\n", i, len arr[i], names(arr[i]));

	rl := ref Emp("r1", 1, nil) :: ref Emp("r2", 2, nil) :: nil;
	for(p := rl; p != nil; p = tl p)
		(hd p).age *= 10;
	sys->print("ref list: %d %d\n", (hd rl).age, (hd tl rl).age);

	al := array[] of {1, 2} :: array[] of {3} :: nil;
	(hd al)[0] = 100;
	sys->print("list of arrays: %d %d\n", (hd al)[0], len hd tl al);

	tl2 := ("k", Emp("t", 5, nil)) :: nil;
	(k, te) := hd tl2;
	sys->print("list of tuples: %s %s %d\n", k, te.name, te.age);

	grid := array[2] of {* => array[2] of list of int};
	grid[1][0] = 1 :: 2 :: nil;
	sys->print("grid: %d %d\n", len grid[1][0], grid[0][1] == nil);
}
