implement Cart;

include "sys.m";
	sys: Sys;
include "draw.m";

Cart: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Product: adt {
	code:	string;
	name:	string;
	cents:	big;
	taxable:	int;
};

Line: adt {
	p:	ref Product;
	qty:	int;
};

catalog: array of ref Product;

TAXBP: con big 825;	# 8.25% in basis points

fmt(c: big): string
{
	neg := "";
	if(c < big 0){
		neg = "-";
		c = -c;
	}
	d := c / big 100;
	s := string d;
	# thousands separators
	t := "";
	n := 0;
	for(i := len s - 1; i >= 0; i--){
		if(n > 0 && n % 3 == 0)
			t = "," + t;
		t = s[i:i+1] + t;
		n++;
	}
	return sys->sprint("%s$%s.%02bd", neg, t, c % big 100);
}

# round half up to a whole cent; x in hundredths of a cent
roundbp(x: big): big
{
	return (x + big 5000) / big 10000;
}

find(code: string): ref Product
{
	for(i := 0; i < len catalog; i++)
		if(catalog[i].code == code)
			return catalog[i];
	return nil;
}

add(cart: list of ref Line, code: string, q: int): list of ref Line
{
	p := find(code);
	if(p == nil){
		sys->print("  no such product %s\n", code);
		return cart;
	}
	for(l := cart; l != nil; l = tl l)
		if((hd l).p == p){
			(hd l).qty += q;
			if((hd l).qty <= 0)
				return remove(cart, p);
			return cart;
		}
	if(q <= 0)
		return cart;
	return ref Line(p, q) :: cart;
}

remove(cart: list of ref Line, p: ref Product): list of ref Line
{
	r: list of ref Line;
	for(; cart != nil; cart = tl cart)
		if((hd cart).p != p)
			r = hd cart :: r;
	return r;
}

receipt(cart: list of ref Line, coupon: string)
{
	# print in catalog order
	sub := big 0;
	taxbase := big 0;
	for(i := 0; i < len catalog; i++)
		for(l := cart; l != nil; l = tl l){
			ln := hd l;
			if(ln.p != catalog[i])
				continue;
			amt := ln.p.cents * big ln.qty;
			sub += amt;
			t := " ";
			if(ln.p.taxable){
				taxbase += amt;
				t = "T";
			}
			sys->print("  %-5s %-24s %7d x %15s = %22s %s\n", ln.p.code, ln.p.name, ln.qty,
				fmt(ln.p.cents), fmt(amt), t);
		}
	sys->print("  %58s %22s\n", "subtotal", fmt(sub));
	disc := big 0;
	case coupon {
	"TENOFF" =>
		disc = roundbp(sub * big 1000);
	"BIG5" =>
		if(sub >= big 100000000)
			disc = big 500000;
	}
	if(disc != big 0){
		sys->print("  %58s %22s\n", "coupon " + coupon, fmt(-disc));
		# discount is spread over taxable items proportionally
		if(sub != big 0)
			taxbase -= disc * taxbase / sub;
	}
	tax := roundbp(taxbase * TAXBP);
	sys->print("  %58s %22s\n", "tax 8.25%", fmt(tax));
	sys->print("  %58s %22s\n", "TOTAL", fmt(sub - disc + tax));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	catalog = array[] of {
		ref Product("P1", "coffee beans 1kg", big 2399, 0),
		ref Product("P2", "espresso machine", big 64999, 1),
		ref Product("P3", "paper filters x100", big 449, 1),
		ref Product("P4", "yacht (deluxe)", big 1250000000, 1),
		ref Product("P5", "oat milk 1l", big 289, 0),
		ref Product("P6", "gift card", big 5000, 0),
	};

	sys->print("cart 1:\n");
	c: list of ref Line;
	c = add(c, "P1", 3);
	c = add(c, "P3", 2);
	c = add(c, "P5", 6);
	c = add(c, "P9", 1);
	c = add(c, "P5", -2);
	receipt(c, "TENOFF");

	sys->print("\ncart 2:\n");
	c = nil;
	c = add(c, "P4", 3);
	c = add(c, "P2", 1);
	c = add(c, "P6", 4);
	c = add(c, "P6", -4);
	receipt(c, "BIG5");

	# a huge order to exercise 64-bit arithmetic
	sys->print("\ncart 3:\n");
	c = nil;
	c = add(c, "P4", 700000);
	c = add(c, "P3", 1000000);
	receipt(c, "none");
	max := big 16r7fffffff;
	sys->print("\n32-bit limit would be %s\n", fmt(max));
}
