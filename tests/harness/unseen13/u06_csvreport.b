implement Csvreport;

include "sys.m";
	sys: Sys;
include "draw.m";

Csvreport: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

data := "region,product,units,price\n" +
	"north,widget,12,2.50\n" +
	"south,widget,7,2.50\n" +
	"north,gadget,3,10.00\n" +
	"east,widget,20,2.25\n" +
	"south,gizmo,5,7.75\n" +
	"east,gadget,1,11.00\n" +
	"north,gizmo,9,7.50\n" +
	"west,widget,bad,2.50\n" +
	"south,gadget,4,9.90\n";

Sale: adt {
	region:	string;
	product:	string;
	units:	int;
	price:	real;
	total:	fn(s: self Sale): real;
};

Sale.total(s: self Sale): real
{
	return real s.units * s.price;
}

isnum(s: string): int
{
	if(s == nil)
		return 0;
	for(i := 0; i < len s; i++)
		if((s[i] < '0' || s[i] > '9') && s[i] != '.')
			return 0;
	return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(nl, lines) := sys->tokenize(data, "\n");
	sys->print("%d lines including header\n", nl);
	lines = tl lines;
	sales: list of Sale;
	lineno := 1;
	for(; lines != nil; lines = tl lines){
		lineno++;
		(n, f) := sys->tokenize(hd lines, ",");
		if(n != 4){
			sys->fprint(sys->fildes(2), "line %d: want 4 fields, got %d\n", lineno, n);
			continue;
		}
		a := array[4] of string;
		for(i := 0; f != nil; f = tl f)
			a[i++] = hd f;
		if(!isnum(a[2]) || !isnum(a[3])){
			sys->fprint(sys->fildes(2), "line %d: bad number in %q\n", lineno, hd lines);
			continue;
		}
		sales = Sale(a[0], a[1], int a[2], real a[3]) :: sales;
	}
	regions := array[] of {"north", "south", "east", "west"};
	grand := 0.0;
	sys->print("%-8s %6s %10s\n", "region", "units", "revenue");
	sys->print("%-8s %6s %10s\n", "------", "-----", "-------");
	for(r := 0; r < len regions; r++){
		u := 0;
		t := 0.0;
		for(l := sales; l != nil; l = tl l){
			s := hd l;
			if(s.region == regions[r]){
				u += s.units;
				t += s.total();
			}
		}
		sys->print("%-8s %6d %10.2f\n", regions[r], u, t);
		grand += t;
	}
	sys->print("%-8s %6s %10.2f\n", "total", "", grand);
	best: Sale;
	for(l := sales; l != nil; l = tl l)
		if((hd l).total() > best.total())
			best = hd l;
	sys->print("biggest sale: %s/%s %.2f\n", best.region, best.product, best.total());
}
