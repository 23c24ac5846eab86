implement BufioFile;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

BufioFile: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

File: con "/tmp/w043_bufio_file.txt";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil){
		sys->print("cannot load bufio\n");
		return;
	}
	out := bufio->create(File, Bufio->OWRITE, 8r644);
	if(out == nil){
		sys->print("cannot create\n");
		return;
	}
	items := array[] of {("apples", 3, 0.5), ("bread", 1, 2.25), ("cheese", 2, 4.0), ("dates", 12, 0.1)};
	for(i := 0; i < len items; i++){
		(name, qty, price) := items[i];
		out.puts(sys->sprint("%s %d %.2f\n", name, qty, price));
	}
	out.putc('#');
	out.puts(" end\n");
	out.flush();
	out.close();

	in := bufio->open(File, Bufio->OREAD);
	total := 0.0;
	n := 0;
	while((line := in.gets('\n')) != nil){
		if(line[0] == '#'){
			sys->print("trailer: %s", line);
			continue;
		}
		(nf, fl) := sys->tokenize(line, " \n");
		if(nf != 3)
			continue;
		name := hd fl;
		qty := int hd tl fl;
		price := real hd tl tl fl;
		cost := real qty * price;
		total += cost;
		n++;
		sys->print("%-8s %3d x %5.2f = %6.2f\n", name, qty, price, cost);
	}
	in.close();
	sys->print("%d items total %.2f\n", n, total);

	in = bufio->open(File, Bufio->OREAD);
	c := 0;
	letters := 0;
	while((c = in.getc()) != Bufio->EOF)
		if(c >= 'a' && c <= 'z')
			letters++;
	in.close();
	sys->print("letters %d\n", letters);
	if(sys->remove(File) < 0)
		sys->print("remove failed\n");
	else
		sys->print("removed\n");
}
