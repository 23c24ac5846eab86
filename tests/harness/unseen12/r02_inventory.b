#args: add bolt 120 0.15 add nut 300 0.05 add washer 500 0.02 sell bolt 20 sell nut 310 restock nut 100 add washer 0 0.03 add bolt 10 0.15 sell gear 1 drop washer sell bolt 2x frob report
implement Inventory;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Inventory: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Item: adt {
	name:	string;
	qty, sold:	int;
	price, revenue:	real;

	value:	fn(it: self ref Item): real;
	text:	fn(it: self ref Item): string;
};

Store: adt {
	items:	list of ref Item;
	log:	list of string;
	errors:	int;
	find:	fn(s: self ref Store, name: string): ref Item;
	add:	fn(s: self ref Store, name: string, qty: int, price: real);
	sell:	fn(s: self ref Store, name: string, qty: int): string;
	drop:	fn(s: self ref Store, name: string): int;
};

Item.value(it: self ref Item): real
{
	return real it.qty * it.price;
}

Item.text(it: self ref Item): string
{
	return sys->sprint("%-8s qty %4d @ %6.2f = %8.2f  (sold %d for %.2f)",
		it.name, it.qty, it.price, it.value(), it.sold, it.revenue);
}

Store.find(s: self ref Store, name: string): ref Item
{
	for(l := s.items; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	return nil;
}

Store.add(s: self ref Store, name: string, qty: int, price: real)
{
	it := s.find(name);
	if(it != nil){
		it.qty += qty;
		if(price != it.price)
			s.log = sys->sprint("%s: price changed %.2f -> %.2f", name, it.price, price) :: s.log;
		it.price = price;
		return;
	}
	s.items = ref Item(name, qty, 0, price, 0.0) :: s.items;
	s.log = "new item " + name :: s.log;
}

Store.sell(s: self ref Store, name: string, qty: int): string
{
	it := s.find(name);
	if(it == nil)
		return "no such item";
	else if(qty > it.qty)
		return sys->sprint("only %d in stock", it.qty);
	it.qty -= qty;
	it.sold += qty;
	it.revenue += real qty * it.price;
	return nil;
}

Store.drop(s: self ref Store, name: string): int
{
	n := len s.items;
	s.items = without(s.items, name);
	return len s.items != n;
}

without(l: list of ref Item, name: string): list of ref Item
{
	if(l == nil)
		return nil;
	if((hd l).name == name)
		return tl l;
	return hd l :: without(tl l, name);
}

Usage: exception(string);

number(s: string): int raises Usage
{
	(n, rest) := str->toint(s, 10);
	if(rest != nil)
		raise Usage("bad number " + s);
	return n;
}

money(s: string): real raises Usage
{
	(r, rest) := str->toreal(s, 10);
	if(rest != nil || r < 0.0)
		raise Usage("bad price " + s);
	return r;
}

next(args: list of string): (string, list of string) raises Usage
{
	if(args == nil)
		raise Usage("missing operand");
	return (hd args, tl args);
}

report(s: ref Store)
{
	# sort by name: simple selection into an array
	n := len s.items;
	a := array[n] of ref Item;
	for((i, l) := (0, s.items); l != nil; l = tl l)
		a[i++] = hd l;
	for(i = 0; i < n; i++)
		for(j := i+1; j < n; j++)
			if(a[j].name < a[i].name)
				(a[i], a[j]) = (a[j], a[i]);
	(total, takings) := (0.0, 0.0);
	for(i = 0; i < n; i++){
		sys->print("  %s\n", a[i].text());
		total += a[i].value();
		takings += a[i].revenue;
	}
	sys->print("  stock value %.2f, takings %.2f\n", total, takings);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	stderr := sys->fildes(2);

	s := ref Store(nil, nil, 0);
	args := tl argv;
	nops := 0;
	while(args != nil){
		cmd := hd args;
		args = tl args;
		nops++;
		{
			name, a1, a2: string;
			case cmd {
			"add" =>
				(name, args) = next(args);
				(a1, args) = next(args);
				(a2, args) = next(args);
				s.add(name, number(a1), money(a2));
			"restock" =>
				(name, args) = next(args);
				(a1, args) = next(args);
				it := s.find(name);
				if(it == nil)
					raise Usage("restock unknown " + name);
				s.add(name, number(a1), it.price);
			"sell" =>
				(name, args) = next(args);
				(a1, args) = next(args);
				err := s.sell(name, number(a1));
				if(err != nil){
					sys->fprint(stderr, "sell %s: %s\n", name, err);
					s.errors++;
				}
			"drop" =>
				(name, args) = next(args);
				if(!s.drop(name))
					raise Usage("drop unknown " + name);
				s.log = "dropped " + name :: s.log;
			"report" =>
				sys->print("report after %d ops:\n", nops);
				report(s);
			* =>
				raise Usage("unknown command " + cmd);
			}
		} exception e {
		Usage =>
			sys->fprint(stderr, "inventory: %s\n", e);
			s.errors++;
		}
	}
	sys->print("log:\n");
	for(l := s.log; l != nil; l = tl l)
		sys->print("  %s\n", hd l);
	sys->print("%d ops, %d errors\n", nops, s.errors);
}
