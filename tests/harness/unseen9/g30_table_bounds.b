implement TableBounds;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

TableBounds: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/g30_table_bounds.tab";
NSLOT: con 5;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;

	w := bufio->create(FILE, Bufio->OWRITE, 8r644);
	w.puts("# slot value\n");
	w.puts("0 zero\n2 two\n4 four\n1 one\n");
	w.puts("x bogus\n");
	w.puts("3 three\n7 seven\n");
	w.close();

	# read every entry first, then remove the file
	r := bufio->open(FILE, Bufio->OREAD);
	entries: list of (int, string);
	while((l := r.gets('\n')) != nil){
		if(str->prefix("#", l))
			continue;
		(n, rest) := str->toint(l, 10);
		rest = str->drop(rest, " ");
		if(rest == l){
			sys->print("skipping malformed %q\n", l[0:len l - 1]);
			continue;
		}
		entries = (n, rest[0:len rest - 1]) :: entries;
	}
	r.close();
	sys->remove(FILE);
	sys->print("%d entries read\n", len entries);

	rev: list of (int, string);
	for(; entries != nil; entries = tl entries)
		rev = hd entries :: rev;

	table := array[NSLOT] of string;
	for(; rev != nil; rev = tl rev){
		(i, v) := hd rev;
		sys->print("store slot %d = %s\n", i, v);
		table[i] = v;	# slot 7 is out of range: array bounds error
		filled := 0;
		for(k := 0; k < NSLOT; k++)
			if(table[k] != nil)
				filled++;
		sys->print("  filled %d/%d\n", filled, NSLOT);
	}
	sys->print("not reached\n");
}
