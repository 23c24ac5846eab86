implement P15;
include "sys.m";
	sys: Sys;
include "draw.m";
P15: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Item: adt {
	key: string;
	val: int;
	cmp: fn(a, b: ref Item): int;
	text: fn(a: self ref Item): string;
};

Item.cmp(a, b: ref Item): int
{
	if(a.key < b.key) return -1;
	if(a.key > b.key) return 1;
	return 0;
}

Item.text(a: self ref Item): string
{
	return a.key + "=" + string a.val;
}

Num: adt {
	v: int;
	cmp: fn(a, b: ref Num): int;
	text: fn(a: self ref Num): string;
};

Num.cmp(a, b: ref Num): int { return a.v - b.v; }
Num.text(a: self ref Num): string { return "#" + string a.v; }

sort[T](a: array of T)
	for {
	T =>
		cmp: fn(a, b: T): int;
	}
{
	for(i := 1; i < len a; i++){
		x := a[i];
		j := i;
		while(j > 0 && T.cmp(a[j-1], x) > 0){
			a[j] = a[j-1];
			j--;
		}
		a[j] = x;
	}
}

show[T](a: array of T): string
	for {
	T =>
		text: fn(a: self T): string;
	}
{
	s := "";
	for(i := 0; i < len a; i++)
		s += " " + a[i].text();
	return s;
}

len2[T](l: list of T): int
{
	n := 0;
	for(; l != nil; l = tl l)
		n++;
	return n;
}

pair[A, B](a: A, b: B): (B, A)
{
	return (b, a);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	items := array[] of {ref Item("pear", 3), ref Item("apple", 10), ref Item("zoo", 0), ref Item("fig", -2)};
	sort(items);
	sys->print("items:%s\n", show(items));
	nums := array[6] of ref Num;
	for(i := 0; i < len nums; i++)
		nums[i] = ref Num((i * 37) % 11 - 5);
	sort(nums);
	sys->print("nums:%s\n", show(nums));
	sys->print("len2 %d %d\n", len2("a" :: "b" :: nil), len2(items[0] :: nil));
	(x, y) := pair(ref Num(1), "str");
	sys->print("pair %s %s\n", x, y.text());
	empty := array[0] of ref Num;
	sort(empty);
	sys->print("empty:%s.\n", show(empty));
}
