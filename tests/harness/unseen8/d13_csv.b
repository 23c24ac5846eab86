implement Csv;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

Csv: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

DATA: con "/tmp/d13_sales.csv";

rows := array[] of {
	"region,product,qty,price,note",
	"north,widget,10,2.50,",
	"south,\"gadget, large\",3,19.99,\"said \"\"hi\"\"\"",
	"north,gizmo,7,4.25,rush",
	"east,widget,,2.50,missing qty",
	"south,widget,12,2.40,bulk",
	"west,\"gizmo\",1,4.25,\"multi, comma, field\"",
	"north,widget,5,2.50",
	"bad,\"unterminated,1,1.0,x",
};

# split one CSV record; returns fields and an error string
parse(line: string): (array of string, string)
{
	fields: list of string;
	i := 0;
	n := len line;
	for(;;){
		f := "";
		if(i < n && line[i] == '"'){
			i++;
			closed := 0;
			while(i < n){
				if(line[i] == '"'){
					if(i+1 < n && line[i+1] == '"'){
						f[len f] = '"';
						i += 2;
						continue;
					}
					i++;
					closed = 1;
					break;
				}
				f[len f] = line[i++];
			}
			if(!closed)
				return (nil, "unterminated quote");
		} else {
			while(i < n && line[i] != ',')
				f[len f] = line[i++];
		}
		fields = f :: fields;
		if(i >= n)
			break;
		if(line[i] != ',')
			return (nil, sys->sprint("junk after quoted field at %d", i));
		i++;
	}
	a := array[len fields] of string;
	for(j := len a - 1; j >= 0; j--){
		a[j] = hd fields;
		fields = tl fields;
	}
	return (a, nil);
}

Total: adt {
	region: string;
	qty: int;
	value: real;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;

	out := bufio->create(DATA, Bufio->OWRITE, 8r644);
	for(i := 0; i < len rows; i++)
		out.puts(rows[i] + "\n");
	out.close();

	in := bufio->open(DATA, Bufio->OREAD);
	header: array of string;
	totals: list of ref Total;
	lineno := 0;
	while((line := in.gets('\n')) != nil){
		lineno++;
		(line, nil) = str->splitr(line, "^\n");
		if(line == nil)
			continue;
		(f, err) := parse(line);
		if(err != nil){
			sys->print("line %d: %s\n", lineno, err);
			continue;
		}
		if(header == nil){
			header = f;
			sys->print("columns:");
			for(j := 0; j < len f; j++)
				sys->print(" [%d]%s", j, f[j]);
			sys->print("\n");
			continue;
		}
		if(len f != len header)
			sys->print("line %d: %d fields, expected %d\n", lineno, len f, len header);
		for(j := 0; j < len f; j++)
			sys->print("%s%q", (array[] of {"  ", " | "})[j > 0], f[j]);
		sys->print("\n");
		if(len f < 4)
			continue;
		(q, rest) := str->toint(f[2], 10);
		if(f[2] == nil || rest != nil){
			sys->print("line %d: bad qty %q, skipped\n", lineno, f[2]);
			continue;
		}
		(p, nil) := str->toreal(f[3], 10);
		t: ref Total;
		for(l := totals; l != nil; l = tl l)
			if((hd l).region == f[0])
				t = hd l;
		if(t == nil){
			t = ref Total(f[0], 0, 0.0);
			totals = t :: totals;
		}
		t.qty += q;
		t.value += real q * p;
	}
	in.close();
	sys->print("totals by region:\n");
	grand := 0.0;
	for(; totals != nil; totals = tl totals){
		t := hd totals;
		sys->print("  %-6s qty %3d value %8.2f\n", t.region, t.qty, t.value);
		grand += t.value;
	}
	sys->print("  grand total %.2f\n", grand);
	sys->remove(DATA);
}
