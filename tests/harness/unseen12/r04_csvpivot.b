implement CsvPivot;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

CsvPivot: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Sale: adt {
	region:	string;
	product:	string;
	units:	int;
	price:	real;
};

# distinct values in order of first appearance
Keys: adt {
	names:	array of string;
	n:	int;

	index:	fn(k: self ref Keys, s: string): int;
};

Keys.index(k: self ref Keys, s: string): int
{
	for(i := 0; i < k.n; i++)
		if(k.names[i] == s)
			return i;
	if(k.n == len k.names){
		na := array[2*k.n+1] of string;
		na[0:] = k.names[0:k.n];
		k.names = na;
	}
	k.names[k.n] = s;
	return k.n++;
}

DATA := "region,product,units,price\n" +
	"north,apples,10,0.50\n" +
	"south,pears,4,0.75\n" +
	"north,pears,7,0.70\n" +
	"east,apples,3,0.55\n" +
	"south,apples,12,0.45\n" +
	"north,plums,x,0.90\n" +
	"east,plums,8,0.90\n" +
	"south,pears,6,0.75\n" +
	"west\n" +
	"north,apples,5,0.50\n";

splitcsv(line: string): list of string
{
	fields: list of string;
	for(;;){
		(f, rest) := str->splitl(line, ",");
		fields = f :: fields;
		if(rest == nil)
			break;
		line = rest[1:];
	}
	r: list of string;
	for(; fields != nil; fields = tl fields)
		r = hd fields :: r;
	return r;
}

parse(fields: list of string): (ref Sale, string)
{
	if(len fields != 4)
		return (nil, sys->sprint("want 4 fields, got %d", len fields));
	region := hd fields; fields = tl fields;
	product := hd fields; fields = tl fields;
	(units, r1) := str->toint(hd fields, 10);
	if(r1 != nil || hd fields == "")
		return (nil, "bad units '" + hd fields + "'");
	(price, r2) := str->toreal(hd tl fields, 10);
	if(r2 != nil)
		return (nil, "bad price");
	return (ref Sale(region, product, units, price), nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	stderr := sys->fildes(2);

	file := "/tmp/r_sales.csv";
	fd := sys->create(file, Sys->OWRITE, 8r664);
	if(fd == nil){
		sys->fprint(stderr, "csvpivot: %s: %r\n", file);
		return;
	}
	b := array of byte DATA;
	if(sys->write(fd, b, len b) != len b)
		sys->fprint(stderr, "csvpivot: short write\n");
	fd = nil;

	in := bufio->open(file, Bufio->OREAD);
	header := in.gets('\n');
	sys->print("header: %s", header);
	sales: list of ref Sale;
	lineno := 1;
	while((line := in.gets('\n')) != nil){
		lineno++;
		if(line[len line-1] == '\n')
			line = line[0:len line-1];
		(s, err) := parse(splitcsv(line));
		if(err != nil){
			sys->fprint(stderr, "%s:%d: %s\n", file, lineno, err);
			continue;
		}
		sales = s :: sales;
	}
	sys->print("%d records read, offset now %bd\n", len sales, in.offset());
	in.close();

	regions := ref Keys(array[2] of string, 0);
	products := ref Keys(array[2] of string, 0);
	for(l := sales; l != nil; l = tl l){
		regions.index((hd l).region);
		products.index((hd l).product);
	}
	grid := array[regions.n] of { * => array[products.n] of { * => 0.0 } };
	for(l = sales; l != nil; l = tl l){
		s := hd l;
		grid[regions.index(s.region)][products.index(s.product)] += real s.units * s.price;
	}

	sys->print("%-7s", "");
	for(j := 0; j < products.n; j++)
		sys->print("%8s", products.names[j]);
	sys->print("%8s\n", "total");
	coltot := array[products.n] of { * => 0.0 };
	for(i := 0; i < regions.n; i++){
		sys->print("%-7s", regions.names[i]);
		rowtot := 0.0;
		for(j = 0; j < products.n; j++){
			sys->print("%8.2f", grid[i][j]);
			rowtot += grid[i][j];
			coltot[j] += grid[i][j];
		}
		sys->print("%8.2f\n", rowtot);
	}
	sys->print("%-7s", "total");
	all := 0.0;
	for(j = 0; j < products.n; j++){
		sys->print("%8.2f", coltot[j]);
		all += coltot[j];
	}
	sys->print("%8.2f\n", all);
	sys->remove(file);
}
