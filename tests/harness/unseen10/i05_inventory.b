implement Inventory;

include "sys.m";
	sys: Sys;
include "draw.m";

Inventory: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Part: adt {
	sku:	string;
	name:	string;
	qty:	int;
	price:	real;
	reorder:	int;
	bin:	string;
};

stock := array[] of {
	Part("A-100", "hex bolt M6", 1200, 0.08, 500, "R1"),
	Part("A-101", "hex nut M6", 340, 0.03, 500, "R1"),
	Part("A-220", "washer 6mm", 2500, 0.01, 1000, "R1"),
	Part("B-007", "hinge brass", 45, 3.75, 20, "R2"),
	Part("B-019", "drawer slide", 12, 14.20, 15, "R2"),
	Part("C-300", "wood glue 250ml", 30, 6.49, 10, "R3"),
	Part("C-301", "epoxy 2-part", 0, 11.99, 5, "R3"),
	Part("D-050", "sandpaper P120", 150, 0.55, 100, "R4"),
	Part("D-051", "sandpaper P240", 80, 0.60, 100, "R4"),
	Part("E-900", "cordless drill", 3, 129.00, 2, "R5"),
};

line(c, n: int)
{
	s := "";
	for(i := 0; i < n; i++)
		s[i] = c;
	sys->print("%s\n", s);
}

report(title: string, parts: array of Part)
{
	sys->print("%s\n", title);
	line('=', 62);
	sys->print("%-6s %-18s %6s %8s %10s %4s %s\n", "SKU", "Item", "Qty", "Price", "Value", "Bin", "");
	line('-', 62);
	total := 0.0;
	units := 0;
	for(i := 0; i < len parts; i++){
		p := parts[i];
		v := real p.qty * p.price;
		total += v;
		units += p.qty;
		flag := "";
		if(p.qty == 0)
			flag = "OUT";
		else if(p.qty < p.reorder)
			flag = "low";
		sys->print("%-6s %-18s %6d %8.2f %10.2f %4s %s\n", p.sku, p.name, p.qty, p.price, v, p.bin, flag);
	}
	line('-', 62);
	sys->print("%-25s %6d %8s %10.2f\n", "TOTAL", units, "", total);
	sys->print("\n");
}

sortby(parts: array of Part, key: string)
{
	for(i := 1; i < len parts; i++){
		p := parts[i];
		j := i;
		while(j > 0 && less(p, parts[j-1], key)){
			parts[j] = parts[j-1];
			j--;
		}
		parts[j] = p;
	}
}

less(a, b: Part, key: string): int
{
	case key {
	"value" =>
		return real a.qty*a.price > real b.qty*b.price;
	"qty" =>
		return a.qty < b.qty;
	"name" =>
		return a.name < b.name;
	}
	return a.sku < b.sku;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	report("INVENTORY BY SKU", stock);

	# receive a shipment and fill some orders
	moves := array[] of {("C-301", 12), ("A-101", 1000), ("B-019", -10), ("E-900", -3), ("D-051", 40), ("Z-999", 5)};
	sys->print("MOVEMENTS\n");
	for(m := 0; m < len moves; m++){
		(sku, d) := moves[m];
		found := 0;
		for(i := 0; i < len stock; i++)
			if(stock[i].sku == sku){
				found = 1;
				if(stock[i].qty + d < 0)
					sys->print("  %-6s %+5d rejected (only %d)\n", sku, d, stock[i].qty);
				else{
					stock[i].qty += d;
					sys->print("  %-6s %+5d -> %d\n", sku, d, stock[i].qty);
				}
			}
		if(!found)
			sys->print("  %-6s %+5d unknown sku\n", sku, d);
	}
	sys->print("\n");

	byval := array[len stock] of Part;
	byval[0:] = stock;
	sortby(byval, "value");
	report("INVENTORY BY VALUE", byval);

	# per-bin summary
	sys->print("%-4s %5s %10s\n", "Bin", "Lines", "Value");
	bins := array[] of {"R1", "R2", "R3", "R4", "R5"};
	for(b := 0; b < len bins; b++){
		n := 0;
		v := 0.0;
		for(i := 0; i < len stock; i++)
			if(stock[i].bin == bins[b]){
				n++;
				v += real stock[i].qty * stock[i].price;
			}
		sys->print("%-4s %5d %10.2f\n", bins[b], n, v);
	}

	sys->print("\nREORDER LIST\n");
	sortby(byval, "name");
	for(i := 0; i < len byval; i++){
		p := byval[i];
		if(p.qty < p.reorder)
			sys->print("  %-18s need %4d\n", p.name, 2*p.reorder - p.qty);
	}
}
