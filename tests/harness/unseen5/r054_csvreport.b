implement Csvreport;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

Csvreport: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Sale: adt {
	region:	string;
	product:	string;
	units:	int;
	price:	real;
};

Total: adt {
	key:	string;
	units:	int;
	revenue:	real;
};

# split a csv line honouring double quotes
csvsplit(line: string): array of string
{
	fields: list of string;
	cur := "";
	inq := 0;
	for(i := 0; i < len line; i++){
		c := line[i];
		if(inq){
			if(c == '"'){
				if(i+1 < len line && line[i+1] == '"'){
					cur[len cur] = '"';
					i++;
				}else
					inq = 0;
			}else
				cur[len cur] = c;
		}else if(c == '"')
			inq = 1;
		else if(c == ','){
			fields = cur :: fields;
			cur = "";
		}else
			cur[len cur] = c;
	}
	if(inq)
		raise "csv: unterminated quote";
	fields = cur :: fields;
	a := array[len fields] of string;
	for(i = len a - 1; i >= 0; i--){
		a[i] = hd fields;
		fields = tl fields;
	}
	return a;
}

addto(tots: list of ref Total, key: string, s: ref Sale): list of ref Total
{
	for(l := tots; l != nil; l = tl l)
		if((hd l).key == key){
			(hd l).units += s.units;
			(hd l).revenue += real s.units * s.price;
			return tots;
		}
	return ref Total(key, s.units, real s.units * s.price) :: tots;
}

sorted(l: list of ref Total): array of ref Total
{
	a := array[len l] of ref Total;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	for(i = 1; i < len a; i++)
		for(j := i; j > 0 && a[j].revenue > a[j-1].revenue; j--)
			(a[j], a[j-1]) = (a[j-1], a[j]);
	return a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	f := "/tmp/r054.csv";
	w := bufio->create(f, Bufio->OWRITE, 8r644);
	w.puts("region,product,units,price\n");
	w.puts("North,\"Widget, large\",10,2.50\n");
	w.puts("South,Gadget,3,10.00\n");
	w.puts("north,Widget,4,2.00\n");
	w.puts("East,\"The \"\"Best\"\" Thing\",1,99.99\n");
	w.puts("South,Widget,x,2.00\n");
	w.puts("West,\"broken,5,1.0\n");
	w.puts("South,\"Widget, large\",2,2.50\n");
	w.close();
	r := bufio->open(f, Bufio->OREAD);
	header := r.gets('\n');
	sys->print("header: %s", header);
	byregion, byproduct: list of ref Total;
	lineno := 1;
	while((line := r.gets('\n')) != nil){
		lineno++;
		line = str->take(line, "^\n");
		{
			fl := csvsplit(line);
			if(len fl != 4)
				raise "csv: wrong field count";
			(n, rest) := str->toint(fl[2], 10);
			if(rest != nil)
				raise "csv: bad units " + str->quoted(fl[2] :: nil);
			s := ref Sale(str->toupper(fl[0][0:1]) + str->tolower(fl[0][1:]), fl[1], n, real fl[3]);
			byregion = addto(byregion, s.region, s);
			byproduct = addto(byproduct, s.product, s);
		}exception e{
		"csv:*" =>
			sys->print("line %d: %s\n", lineno, e[5:]);
		}
	}
	sys->print("by region:\n");
	a := sorted(byregion);
	for(i := 0; i < len a; i++)
		sys->print("  %-8s %4d %9.2f\n", a[i].key, a[i].units, a[i].revenue);
	sys->print("by product:\n");
	a = sorted(byproduct);
	for(i = 0; i < len a; i++)
		sys->print("  %-20s %4d %9.2f\n", a[i].key, a[i].units, a[i].revenue);
}
