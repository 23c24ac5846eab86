implement PolyFor;

include "sys.m";
	sys: Sys;
include "draw.m";

PolyFor: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Item: adt {
	key: string;
	weight: int;
	lt: fn(a, b: ref Item): int;
	str: fn(a: self ref Item): string;
};

Num: adt {
	v: int;
	lt: fn(a, b: ref Num): int;
	str: fn(a: self ref Num): string;
};

Item.lt(a, b: ref Item): int
{
	if(a.weight != b.weight)
		return a.weight < b.weight;
	return a.key < b.key;
}

Item.str(a: self ref Item): string
{
	return a.key + "/" + string a.weight;
}

Num.lt(a, b: ref Num): int { return a.v < b.v; }
Num.str(a: self ref Num): string { return string a.v; }

sort[T](a: array of T)
	for { T => lt: fn(a, b: T): int; }
{
	for(i := 1; i < len a; i++){
		x := a[i];
		j := i - 1;
		while(j >= 0 && T.lt(x, a[j])){
			a[j+1] = a[j];
			j--;
		}
		a[j+1] = x;
	}
}

show[T](tag: string, a: array of T)
	for { T => str: fn(a: self T): string; }
{
	s := tag + ":";
	for(i := 0; i < len a; i++)
		s += " " + a[i].str();
	sys->print("%s\n", s);
}

maxof[T](a: array of T): T
	for { T => lt: fn(a, b: T): int; }
{
	m := a[0];
	for(i := 1; i < len a; i++)
		if(T.lt(m, a[i]))
			m = a[i];
	return m;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	items := array[] of {ref Item("pear", 3), ref Item("fig", 1), ref Item("apple", 3), ref Item("kiwi", 2)};
	show("before", items);
	sort(items);
	show("after", items);
	nums := array[6] of ref Num;
	for(i := 0; i < len nums; i++)
		nums[i] = ref Num((i * 7 + 3) % 10);
	show("nums", nums);
	sort(nums);
	show("sorted", nums);
	sys->print("max item %s, max num %s\n", maxof(items).str(), maxof(nums).str());
}
