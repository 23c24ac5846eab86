implement InventoryReport;

include "sys.m";
	sys: Sys;
include "draw.m";

InventoryReport: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Item: adt {
	sku: string;
	desc: string;
	qty: int;
	price: real;	# per unit
	cat: string;

	value: fn(it: self ref Item): real;
};

Item.value(it: self ref Item): real
{
	return real it.qty * it.price;
}

# sort by category, then descending value, then sku
before(a, b: ref Item): int
{
	if(a.cat != b.cat)
		return a.cat < b.cat;
	if(a.value() != b.value())
		return a.value() > b.value();
	return a.sku < b.sku;
}

sort(a: array of ref Item)
{
	# shell sort
	for(gap := len a / 2; gap > 0; gap /= 2)
		for(i := gap; i < len a; i++){
			x := a[i];
			j := i;
			for(; j >= gap && before(x, a[j-gap]); j -= gap)
				a[j] = a[j-gap];
			a[j] = x;
		}
}

parse(line: string): ref Item
{
	(n, f) := sys->tokenize(line, "|");
	if(n != 5)
		return nil;
	sku := hd f; f = tl f;
	desc := hd f; f = tl f;
	qty := int hd f; f = tl f;
	price := real hd f; f = tl f;
	return ref Item(sku, desc, qty, price, hd f);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	raw := array[] of {
		"A100|bolts, steel|500|0.05|hardware",
		"B220|hammer|12|14.99|tools",
		"A101|nuts|750|0.03|hardware",
		"C300|glue|40|3.25|supplies",
		"B221|screwdriver set|8|22.50|tools",
		"bad line",
		"C301|tape|40|3.25|supplies",
		"A102|washers|0|0.01|hardware",
		"B222|saw|3|31.00|tools",
	};
	items := array[len raw] of ref Item;
	n := 0;
	for(i := 0; i < len raw; i++){
		it := parse(raw[i]);
		if(it == nil){
			sys->fprint(sys->fildes(2), "skipping line %d: %s\n", i+1, raw[i]);
			continue;
		}
		items[n++] = it;
	}
	items = items[0:n];
	sort(items);
	sys->print("%-5s %-16s %5s %8s %10s\n", "SKU", "DESCRIPTION", "QTY", "PRICE", "VALUE");
	cat := "";
	subtotal := 0.0;
	total := 0.0;
	for(i = 0; i < len items; i++){
		it := items[i];
		if(it.cat != cat){
			if(cat != "")
				sys->print("%38s %10.2f\n", "subtotal " + cat, subtotal);
			cat = it.cat;
			subtotal = 0.0;
			sys->print("== %s ==\n", cat);
		}
		flag := "";
		if(it.qty == 0)
			flag = " (out of stock)";
		sys->print("%-5s %-16s %5d %8.2f %10.2f%s\n", it.sku, it.desc, it.qty, it.price, it.value(), flag);
		subtotal += it.value();
		total += it.value();
	}
	sys->print("%38s %10.2f\n", "subtotal " + cat, subtotal);
	sys->print("%38s %10.2f\n", "TOTAL", total);
}
