implement Inventory;

include "sys.m";
	sys: Sys;
include "draw.m";

Inventory: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Part: adt {
	sku:	string;
	onhand:	int;
	sold:	array of int;	# units sold per week

	avg:	fn(p: self ref Part): int;
	weeksleft:	fn(p: self ref Part): int;
};

Part.avg(p: self ref Part): int
{
	s := 0;
	for(i := 0; i < len p.sold; i++)
		s += p.sold[i];
	return s / len p.sold;
}

# SKU codes are letter, dash, number
skuclass(sku: string): string
{
	classes := array[] of {"resistor", "capacitor", "inductor", "crystal"};
	idx := "RCLQ";
	for(i := 0; i < len idx; i++)
		if(sku[0] == idx[i])
			return classes[i];
	return classes[len classes];	# unknown class: oops
}

Part.weeksleft(p: self ref Part): int
{
	return p.onhand / p.avg();
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	parts := list of {
		ref Part("R-100", 540, array[] of {40, 52, 38, 61}),
		ref Part("C-220", 75, array[] of {20, 18, 25, 22}),
		ref Part("L-7", 12, array[] of {3, 0, 5, 2}),
		ref Part("Q-31", 400, array[] of {0, 1, 0, 2}),
		ref Part("X-9", 30, array[] of {9, 11, 10, 10}),
	};
	sys->print("%-6s %-10s %6s %5s %6s\n", "sku", "class", "onhand", "avg", "weeks");
	reorder: list of string;
	for(l := parts; l != nil; l = tl l){
		p := hd l;
		a := p.avg();
		w := 99;
		if(a > 0)
			w = p.weeksleft();
		flag := "";
		if(w < 4){
			flag = " *reorder";
			reorder = p.sku :: reorder;
		}
		sys->print("%-6s %-10s %6d %5d %6d%s\n", p.sku, skuclass(p.sku), p.onhand, a, w, flag);
	}
	sys->print("reorder list: %d items\n", len reorder);
}
