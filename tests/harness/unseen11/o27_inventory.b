#args: A100 B220 A100 C310 B221 D999 A105
implement Inventory;

include "sys.m";
	sys: Sys;
include "draw.m";

Inventory: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Item: adt {
	sku:	string;
	desc:	string;
	price:	int;	# pence
	stock:	int;
	text:	fn(it: self ref Item): string;
};

Item.text(it: self ref Item): string
{
	return sys->sprint("%-5s %-18s %4d.%02d x%d", it.sku, it.desc, it.price/100, it.price%100, it.stock);
}

HSIZE: con 7;

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h*31 + s[i]) % HSIZE;
	return h;
}

# the store thread owns the hash table; a lookup of an unknown sku yields nil
store(req: chan of (string, chan of ref Item), stats: chan of (int, int))
{
	table := array[HSIZE] of list of ref Item;
	stock := array[] of {
		ref Item("A100", "brass hinge", 245, 40),
		ref Item("A105", "steel hinge", 180, 12),
		ref Item("B220", "wood screw 4x30", 9, 2000),
		ref Item("B221", "wood screw 4x40", 11, 1500),
		ref Item("C310", "door handle", 1299, 6),
	};
	for(i := 0; i < len stock; i++){
		h := hash(stock[i].sku);
		table[h] = stock[i] :: table[h];
	}
	hits := 0;
	misses := 0;
	for(;;){
		(sku, reply) := <-req;
		if(reply == nil)
			break;
		it: ref Item;
		for(l := table[hash(sku)]; l != nil; l = tl l)
			if((hd l).sku == sku)
				it = hd l;
		if(it == nil)
			misses++;
		else
			hits++;
		reply <-= it;
	}
	stats <-= (hits, misses);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	req := chan of (string, chan of ref Item);
	stats := chan of (int, int);
	spawn store(req, stats);

	order: list of string;
	for(argv = tl argv; argv != nil; argv = tl argv)
		order = hd argv :: order;
	# fetch everything up front
	reply := chan of ref Item;
	lines: list of (string, ref Item);
	for(; order != nil; order = tl order){
		req <-= (hd order, reply);
		lines = (hd order, <-reply) :: lines;
	}
	req <-= (nil, nil);
	(hits, misses) := <-stats;
	sys->print("store: %d hits, %d misses\n", hits, misses);

	# the report trusts every line to have an item
	total := 0;
	n := 0;
	for(l := lines; l != nil; l = tl l){
		(sku, it) := hd l;
		n++;
		sys->print("%d. %s\n", n, it.text());
		total += it.price;
		if(it.stock < 10)
			sys->print("   low stock on %s\n", sku);
	}
	sys->print("total %d.%02d\n", total/100, total%100);
}
