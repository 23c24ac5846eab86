implement Inventory;

include "sys.m";
	sys: Sys;
include "draw.m";

Inventory: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

NSLOT: con 5;

Slot: adt {
	sku:	string;
	qty:	int;
};

shelf := array[NSLOT] of Slot;
nused := 0;

stock(sku: string, qty: int)
{
	for(i := 0; i < nused; i++)
		if(shelf[i].sku == sku){
			shelf[i].qty += qty;
			sys->print("restock %s -> %d\n", sku, shelf[i].qty);
			return;
		}
	# bug: no check against NSLOT
	shelf[nused] = Slot(sku, qty);
	nused++;
	sys->print("new slot %d: %s x%d\n", nused-1, sku, qty);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	skus := array[] of {"bolt", "nut", "bolt", "washer", "screw", "nut", "rivet", "pin", "clip"};
	for(i := 0; i < len skus; i++)
		stock(skus[i], i+1);
	sys->print("done: %d slots\n", nused);
}
