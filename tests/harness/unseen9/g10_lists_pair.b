implement ListsPair;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lists.m";
	lists: Lists;

ListsPair: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Item: adt {
	key:	string;
	val:	int;
	eq:	fn(a, b: ref Item): int;
};

# items are equal when their keys match, regardless of value
Item.eq(a, b: ref Item): int
{
	return a.key == b.key;
}

showitems(tag: string, l: list of ref Item)
{
	sys->print("%-8s", tag);
	for(; l != nil; l = tl l)
		sys->print(" %s=%d", (hd l).key, (hd l).val);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lists = load Lists Lists->PATH;

	keys := "red" :: "green" :: "blue" :: "cyan" :: nil;
	vals := "ff0000" :: "00ff00" :: "0000ff" :: "00ffff" :: nil;
	pairs := lists->pair(keys, vals);
	sys->print("pairs: %d\n", len pairs);
	for(p := pairs; p != nil; p = tl p){
		(k, v) := hd p;
		sys->print("  %s -> %s\n", k, v);
	}
	(ks, vs) := lists->unpair(pairs);
	sys->print("unpaired %d keys, %d values; first key %s, first value %s\n",
		len ks, len vs, hd ks, hd vs);

	items := ref Item("a", 1) :: ref Item("b", 2) :: ref Item("c", 3) :: ref Item("b", 4) :: nil;
	showitems("items", items);
	f := lists->find(ref Item("b", 0), items);
	showitems("find b", f);
	f = lists->find(ref Item("z", 0), items);
	sys->print("find z empty=%d\n", f == nil);
	d := lists->delete(ref Item("b", 99), items);
	showitems("del b", d);
	d = lists->delete(ref Item("a", 0), d);
	showitems("del a", d);
	sys->print("ismember c=%d a=%d\n",
		lists->ismember(ref Item("c", 0), items),
		lists->ismember(ref Item("a", 0), d));

	# build a small inventory counting repeats
	words := array[] of {"x", "y", "x", "z", "x", "y"};
	inv: list of ref Item;
	for(i := 0; i < len words; i++){
		probe := ref Item(words[i], 0);
		hit := lists->find(probe, inv);
		if(hit == nil)
			inv = lists->append(inv, ref Item(words[i], 1));
		else
			(hd hit).val++;
	}
	showitems("counts", inv);
	showitems("rev", lists->reverse(inv));
}
