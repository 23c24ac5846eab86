implement PolyLists;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyLists: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

City: adt {
	name: string;
	pop: int;
	eq: fn(a, b: ref City): int;
};

City.eq(a, b: ref City): int
{
	return a.name == b.name;
}

map[T](f: ref fn(x: T): T, l: list of T): list of T
{
	if(l == nil)
		return nil;
	return f(hd l) :: map(f, tl l);
}

filter[T](p: ref fn(x: T): int, l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		if(p(hd l))
			r = hd l :: r;
	return reverse(r);
}

reverse[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

append[T](a, b: list of T): list of T
{
	if(a == nil)
		return b;
	return hd a :: append(tl a, b);
}

member[T](x: T, l: list of T): int
	for {
	T =>
		eq: fn(a, b: T): int;
	}
{
	for(; l != nil; l = tl l)
		if(T.eq(x, hd l))
			return 1;
	return 0;
}

nth[T](l: list of T, n: int): T
{
	while(n-- > 0)
		l = tl l;
	return hd l;
}

pairs[A, B](a: list of A, b: list of B): list of (A, B)
{
	if(a == nil || b == nil)
		return nil;
	return (hd a, hd b) :: pairs(tl a, tl b);
}

shout(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			c -= 32;
		r[len r] = c;
	}
	return r + "!";
}

short(s: string): int
{
	return len s <= 4;
}

big1m(c: ref City): int
{
	return c.pop >= 1000000;
}

double(c: ref City): ref City
{
	return ref City(c.name, c.pop * 2);
}

cities(l: list of ref City): string
{
	s := "";
	for(; l != nil; l = tl l)
		s += sys->sprint(" %s:%d", (hd l).name, (hd l).pop);
	return s;
}

strs(l: list of string): string
{
	s := "";
	for(; l != nil; l = tl l)
		s += " " + hd l;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := "go" :: "limbo" :: "dis" :: "inferno" :: "plan" :: "nine" :: nil;
	sys->print("shout:%s\n", strs(map(shout, words)));
	sys->print("short:%s\n", strs(filter(short, words)));
	sys->print("rev:%s\n", strs(reverse(words)));
	sys->print("append:%s\n", strs(append(words, reverse(words))));
	cl := ref City("oslo", 700000) :: ref City("tokyo", 14000000) :: ref City("lyon", 520000) :: ref City("cairo", 9500000) :: nil;
	sys->print("big:%s\n", cities(filter(big1m, cl)));
	sys->print("doubled big:%s\n", cities(filter(big1m, map(double, cl))));
	sys->print("originals unchanged:%s\n", cities(cl));
	sys->print("member lyon=%d paris=%d\n", member(ref City("lyon", 0), cl), member(ref City("paris", 0), cl));
	sys->print("nth 2: %s / %s\n", nth(words, 2), nth(cl, 3).name);
	for(p := pairs(words, cl); p != nil; p = tl p){
		(w, c) := hd p;
		sys->print("pair %s %s\n", w, c.name);
	}
	sys->fprint(sys->fildes(2), "done %d\n", len pairs(words, tl tl cl));
}
