implement BufioGett;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

BufioGett: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Record: adt {
	name:	string;
	qty:	int;
	price:	string;
};

strip(s: string): string
{
	if(s == nil)
		return s;
	last := s[len s - 1];
	if(last == ',' || last == ';' || last == '\n')
		return s[0:len s - 1];
	return s;
}

atoi(s: string): int
{
	n := 0;
	for(i := 0; i < len s; i++){
		if(s[i] < '0' || s[i] > '9')
			break;
		n = n*10 + s[i] - '0';
	}
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;

	data := "apple,3,1.20;pear,10,0.55;plum,7,2.05\nkiwi,1,0.99;fig,22,3.00\n";
	io := bufio->sopen(data);
	recs: list of ref Record;
	field := 0;
	r := ref Record;
	ntok := 0;
	while((t := io.gett(",;\n")) != nil){
		ntok++;
		sep := t[len t - 1];
		v := strip(t);
		case field {
		0 =>	r.name = v;
		1 =>	r.qty = atoi(v);
		2 =>	r.price = v;
		}
		field++;
		if(sep == ';' || sep == '\n'){
			recs = r :: recs;
			r = ref Record;
			field = 0;
		}
	}
	sys->print("tokens=%d\n", ntok);
	rev: list of ref Record;
	for(; recs != nil; recs = tl recs)
		rev = hd recs :: rev;
	totalq := 0;
	for(l := rev; l != nil; l = tl l){
		x := hd l;
		sys->print("%-6s qty=%3d price=%s\n", x.name, x.qty, x.price);
		totalq += x.qty;
	}
	sys->print("total qty %d\n", totalq);

	# gets with a separator other than newline
	io = bufio->sopen("a:bb:ccc::dddd");
	n := 0;
	while((s := io.gets(':')) != nil){
		n++;
		sys->print("piece %d: %q\n", n, s);
	}

	# aopen over a byte array
	bytes := array of byte "line one\nline two\nno newline";
	io = bufio->aopen(bytes);
	while((s = io.gets('\n')) != nil)
		sys->print("aopen got %d chars, ends-nl=%d\n", len s, s[len s - 1] == '\n');
}
