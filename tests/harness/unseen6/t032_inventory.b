implement Inventory;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

Inventory: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Item: adt {
	sku:	string;
	name:	string;
	qty:	int;
	price:	real;
	reorder:	int;

	value:	fn(it: self ref Item): real;
};

Item.value(it: self ref Item): real
{
	return real it.qty * it.price;
}

csv := "sku,name,qty,price,reorder\n" +
	"W-100,widget,120,0.35,50\n" +
	"G-220,gadget,8,12.50,10\n" +
	"S-001,sprocket,0,3.75,5\n" +
	"# comment line\n" +
	"B-777,\"bolt, hex\",1500,0.04,1000\n" +
	"N-900,nut,abc,0.02,100\n" +
	"C-310,cog,44,1.10\n" +
	"L-010,lever,17,8.00,20\n";

splitcsv(line: string): list of string
{
	fields: list of string;
	cur := "";
	inq := 0;
	for(i := 0; i < len line; i++){
		c := line[i];
		if(inq){
			if(c == '"')
				inq = 0;
			else
				cur[len cur] = c;
		}else if(c == '"')
			inq = 1;
		else if(c == ','){
			fields = cur :: fields;
			cur = "";
		}else
			cur[len cur] = c;
	}
	fields = cur :: fields;
	r: list of string;
	for(; fields != nil; fields = tl fields)
		r = hd fields :: r;
	return r;
}

parse(line: string, lineno: int): ref Item
{
	f := splitcsv(line);
	if(len f != 5)
		raise sys->sprint("inv: line %d: %d fields", lineno, len f);
	a := array[5] of string;
	for(i := 0; f != nil; f = tl f)
		a[i++] = hd f;
	(q, rest) := str->toint(a[2], 10);
	if(rest != "")
		raise sys->sprint("inv: line %d: bad qty %q", lineno, a[2]);
	(p, prest) := str->toreal(a[3], 10);
	if(prest != "")
		raise sys->sprint("inv: line %d: bad price", lineno);
	return ref Item(a[0], a[1], q, p, int a[4]);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	b := bufio->sopen(csv);
	header := b.gets('\n');
	sys->print("header: %s", header);
	items: list of ref Item;
	lineno := 1;
	errs := 0;
	while((line := b.gets('\n')) != nil){
		lineno++;
		if(line[len line - 1] == '\n')
			line = line[0:len line - 1];
		if(str->prefix("#", line))
			continue;
		{
			items = parse(line, lineno) :: items;
		} exception e {
		"inv:*" =>
			sys->print("skip: %s\n", e[5:]);
			errs++;
		}
	}
	total := 0.0;
	low: list of string;
	sys->print("%-6s %-10s %6s %8s %10s\n", "SKU", "NAME", "QTY", "PRICE", "VALUE");
	for(l := items; l != nil; l = tl l){
		it := hd l;
		flag := "";
		if(it.qty < it.reorder){
			flag = " *";
			low = it.sku :: low;
		}
		sys->print("%-6s %-10s %6d %8.2f %10.2f%s\n", it.sku, it.name, it.qty, it.price, it.value(), flag);
		total += it.value();
	}
	sys->print("total stock value %.2f, %d errors\n", total, errs);
	sys->print("reorder: %s\n", str->quoted(low));
	(lft, rgt) := str->splitr("path/to/file.txt", "/");
	sys->print("dir=%s base=%s\n", lft, rgt);
	sys->print("take digits: %s; in: %d %d\n", str->take("2024abc", "0-9"), str->in('x', "a-z"), str->in('X', "a-z"));
	(bv, nil) := str->tobig("123456789012345", 10);
	sys->print("tobig*3 = %bd\n", bv * big 3);
}
