implement Csvreport;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Csvreport: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/i23_csvreport_sales.csv";

data := "region,rep,product,units,unit_price\n" +
	"North,\"Smith, J.\",Widget,12,2.50\n" +
	"North,\"Smith, J.\",Gadget,3,19.99\n" +
	"South,Okoro,Widget,40,2.35\n" +
	"South,Okoro,\"Gizmo \"\"Pro\"\"\",1,149.00\n" +
	"East,Ivanova,Gadget,7,18.50\n" +
	"East,Ivanova,Widget,,2.50\n" +
	"West,\"Lee\",Gizmo,2,139.00\n" +
	"North,Patel,Widget,25,2.40\n" +
	"South,\"unterminated,Widget,1,1.00\n" +
	"West,Lee,Gadget,5,20.00,extra\n" +
	"West,Lee,Widget,10,2.45\n";

# split one CSV record; returns fields or an error
parse(line: string): (array of string, string)
{
	fields: list of string;
	n := 0;
	f := "";
	inq := 0;
	wasq := 0;
	for(i := 0; i < len line; i++){
		c := line[i];
		if(inq){
			if(c == '"'){
				if(i+1 < len line && line[i+1] == '"'){
					f[len f] = '"';
					i++;
				}else
					inq = 0;
			}else
				f[len f] = c;
			continue;
		}
		case c {
		'"' =>
			if(f != "" || wasq)
				return (nil, sys->sprint("stray quote at column %d", i+1));
			inq = 1;
			wasq = 1;
		',' =>
			fields = f :: fields;
			n++;
			f = "";
			wasq = 0;
		'\n' or '\r' =>
			;
		* =>
			f[len f] = c;
		}
	}
	if(inq)
		return (nil, "unterminated quoted field");
	fields = f :: fields;
	n++;
	a := array[n] of string;
	for(; fields != nil; fields = tl fields)
		a[--n] = hd fields;
	return (a, nil);
}

Group: adt {
	key:	string;
	units:	int;
	cents:	int;
	rows:	int;
};

add(gs: list of ref Group, key: string, units, cents: int): list of ref Group
{
	for(l := gs; l != nil; l = tl l)
		if((hd l).key == key){
			(hd l).units += units;
			(hd l).cents += cents;
			(hd l).rows++;
			return gs;
		}
	return ref Group(key, units, cents, 1) :: gs;
}

tocents(s: string): int
{
	# "12.5" -> 1250, "3" -> 300
	whole := 0;
	frac := 0;
	fd := -1;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == '.' && fd < 0)
			fd = 0;
		else if(c >= '0' && c <= '9'){
			if(fd < 0)
				whole = whole*10 + c - '0';
			else if(fd < 2){
				frac = frac*10 + c - '0';
				fd++;
			}
		}else
			raise "bad number " + s;
	}
	if(fd == 1)
		frac *= 10;
	return whole*100 + frac;
}

money(c: int): string
{
	return sys->sprint("%d.%02d", c/100, c%100);
}

printgroups(title: string, gs: list of ref Group)
{
	# reverse to first-seen order
	r: list of ref Group;
	for(; gs != nil; gs = tl gs)
		r = hd gs :: r;
	sys->print("%-16s %5s %6s %10s\n", title, "rows", "units", "revenue");
	for(; r != nil; r = tl r){
		g := hd r;
		sys->print("%-16s %5d %6d %10s\n", g.key, g.rows, g.units, money(g.cents));
	}
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	fd := sys->create(FILE, Sys->OWRITE, 8r644);
	b := array of byte data;
	sys->write(fd, b, len b);
	fd = nil;

	f := bufio->open(FILE, Bufio->OREAD);
	header: array of string;
	byregion, byproduct: list of ref Group;
	lineno := 0;
	good := 0;
	total := 0;
	while((line := f.gets('\n')) != nil){
		lineno++;
		(flds, err) := parse(line);
		if(err != nil){
			sys->print("line %d: %s\n", lineno, err);
			continue;
		}
		if(header == nil){
			header = flds;
			sys->print("columns:");
			for(i := 0; i < len header; i++)
				sys->print(" [%s]", header[i]);
			sys->print("\n");
			continue;
		}
		if(len flds != len header){
			sys->print("line %d: expected %d fields, got %d\n", lineno, len header, len flds);
			continue;
		}
		if(flds[3] == ""){
			sys->print("line %d: missing %s for %s\n", lineno, header[3], flds[1]);
			continue;
		}
		units := int flds[3];
		c := units * tocents(flds[4]);
		byregion = add(byregion, flds[0], units, c);
		byproduct = add(byproduct, flds[2], units, c);
		sys->print("  %-6s %-10s %-12s %4d x %7s = %9s\n", flds[0], flds[1], flds[2], units,
			money(tocents(flds[4])), money(c));
		good++;
		total += c;
	}
	sys->remove(FILE);
	sys->print("\n%d data rows accepted, grand total %s\n\n", good, money(total));
	printgroups("region", byregion);
	printgroups("product", byproduct);
}
