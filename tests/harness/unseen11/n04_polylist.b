implement PolyList;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyList: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Person: adt {
	name:	string;
	age:	int;

	eq:	fn(a, b: ref Person): int;
	str:	fn(p: self ref Person): string;
};

Person.eq(a, b: ref Person): int
{
	return a.name == b.name;
}

Person.str(p: self ref Person): string
{
	return sys->sprint("%s(%d)", p.name, p.age);
}

rev[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
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
	return rev(r);
}

fold[T](f: ref fn(acc, x: T): T, z: T, l: list of T): T
{
	for(; l != nil; l = tl l)
		z = f(z, hd l);
	return z;
}

member[T](x: T, l: list of T): int
	for { T => eq: fn(a, b: T): int; }
{
	for(; l != nil; l = tl l)
		if(T.eq(x, hd l))
			return 1;
	return 0;
}

zip[A, B](a: list of A, b: list of B): list of (A, B)
{
	if(a == nil || b == nil)
		return nil;
	return (hd a, hd b) :: zip(tl a, tl b);
}

nth[T](l: list of T, n: int): T
{
	while(n-- > 0)
		l = tl l;
	return hd l;
}

# type parameters must be reference types, so ints are boxed
Int: adt { v: int; };

square(x: ref Int): ref Int { return ref Int(x.v*x.v); }
odd(x: ref Int): int { return x.v & 1; }
add(a, b: ref Int): ref Int { return ref Int(a.v+b.v); }
longer(a, b: string): string { if(len b > len a) return b; return a; }
shout(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] += 'A' - 'a';
	return s + "!";
}
older(p: ref Person): ref Person { return ref Person(p.name, p.age+1); }
adult(p: ref Person): int { return p.age >= 18; }

ints(l: list of ref Int): string
{
	s := "[";
	for(; l != nil; l = tl l){
		s += string (hd l).v;
		if(tl l != nil)
			s += " ";
	}
	return s + "]";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nums: list of ref Int;
	for(i := 10; i > 0; i--)
		nums = ref Int(i) :: nums;
	sys->print("nums    %s\n", ints(nums));
	sys->print("rev     %s\n", ints(rev(nums)));
	sys->print("squares %s\n", ints(map(square, nums)));
	sys->print("odd     %s\n", ints(filter(odd, nums)));
	sys->print("sum     %d\n", fold(add, ref Int(0), nums).v);
	sys->print("sumsq   %d\n", fold(add, ref Int(0), map(square, filter(odd, nums))).v);

	words := "limbo" :: "dis" :: "inferno" :: "styx" :: "plan9" :: nil;
	sys->print("longest %s\n", fold(longer, "", words));
	for(l := map(shout, rev(words)); l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");

	people := ref Person("ann", 17) :: ref Person("bob", 30) :: ref Person("cy", 5) :: nil;
	people = map(older, people);
	for(pl := filter(adult, people); pl != nil; pl = tl pl)
		sys->print("adult %s\n", (hd pl).str());
	sys->print("has bob: %d, has dan: %d\n",
		member(ref Person("bob", 0), people), member(ref Person("dan", 0), people));

	for(z := zip(words, nums); z != nil; z = tl z){
		(w, n) := hd z;
		sys->print("%d:%s ", n.v, w);
	}
	sys->print("\n");
	sys->print("third word %s, third person %s\n", nth(words, 2), nth(people, 2).str());
}
