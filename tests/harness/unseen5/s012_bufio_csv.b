implement BufioCsv;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

BufioCsv: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

DIR: con "/tmp/s012B";

splitcomma(s: string): list of string
{
	fields: list of string;
	cur := "";
	for(i := 0; i < len s; i++){
		if(s[i] == ','){
			fields = cur :: fields;
			cur = "";
		}else if(s[i] != '\n')
			cur[len cur] = s[i];
	}
	fields = cur :: fields;
	r: list of string;
	for(; fields != nil; fields = tl fields)
		r = hd fields :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->print("cannot load bufio: %r\n");
		return;
	}
	sys->create(DIR, Sys->OREAD, Sys->DMDIR | 8r755);
	path := DIR + "/stock.csv";
	out := bufio->create(path, Bufio->OWRITE, 8r644);
	if(out == nil){
		sys->print("create failed\n");
		return;
	}
	out.puts("name,qty,price\n");
	items := array[] of {("bolt", 120, 15), ("nut", 300, 4), ("washer", 75, 2), ("gear", 8, 950), ("spring", 42, 33)};
	for(i := 0; i < len items; i++){
		(name, qty, price) := items[i];
		out.puts(sys->sprint("%s,%d,%d\n", name, qty, price));
	}
	out.putc('#');
	out.puts("end");
	out.flush();
	out.close();

	in := bufio->open(path, Bufio->OREAD);
	header := in.gets('\n');
	sys->print("header: %s", header);
	total := 0;
	nrec := 0;
	while((line := in.gets('\n')) != nil){
		if(line[0] == '#'){
			sys->print("trailer: %q\n", line);
			continue;
		}
		f := splitcomma(line);
		name := hd f;
		qty := int hd tl f;
		price := int hd tl tl f;
		value := qty * price;
		total += value;
		nrec++;
		sys->print("%-8s %5d x %4d = %7d\n", name, qty, price, value);
	}
	sys->print("records %d, total value %d.%02d\n", nrec, total/100, total%100);
	off := in.offset();
	sys->print("final offset %bd\n", off);
	in.seek(big 5, Bufio->SEEKSTART);
	c1 := in.getc();
	c2 := in.getc();
	sys->print("chars at 5,6: %c%c\n", c1, c2);
	in.close();
	sys->remove(path);
	sys->remove(DIR);
}
