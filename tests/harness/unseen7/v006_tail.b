implement Tail;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Tail: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Ring: adt {
	buf:	array of string;
	n:	int;	# total lines seen
	put:	fn(r: self ref Ring, s: string);
	dump:	fn(r: self ref Ring);
};

Ring.put(r: self ref Ring, s: string)
{
	if(len r.buf == 0)
		return;
	r.buf[r.n % len r.buf] = s;
	r.n++;
}

Ring.dump(r: self ref Ring)
{
	k := len r.buf;
	start := 0;
	if(r.n > k)
		start = r.n - k;
	for(i := start; i < r.n; i++)
		sys->print("%s", r.buf[i % k]);
}

FILE: con "/tmp/v006_tail.txt";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	out := bufio->create(FILE, Bufio->OWRITE, 8r644);
	if(out == nil){
		sys->fprint(sys->fildes(2), "tail: can't create %s: %r\n", FILE);
		raise "fail:create";
	}
	for(i := 1; i <= 23; i++)
		out.puts(sys->sprint("line %02d: %s\n", i, "abcdefghijklmnopqrstuvwxyz"[0:i]));
	out.close();

	counts := array[] of {3, 1, 30, 0};
	for(k := 0; k < len counts; k++){
		n := counts[k];
		sys->print("== tail -%d\n", n);
		tail(FILE, n);
	}
	sys->print("== tail +20\n");
	tailfrom(FILE, 20);
	sys->remove(FILE);
}

tail(file: string, n: int)
{
	f := bufio->open(file, Bufio->OREAD);
	r := ref Ring(array[n] of string, 0);
	while((s := f.gets('\n')) != nil)
		r.put(s);
	if(n > 0)
		r.dump();
	sys->print("(%d lines read)\n", r.n);
}

tailfrom(file: string, start: int)
{
	f := bufio->open(file, Bufio->OREAD);
	ln := 0;
	while((s := f.gets('\n')) != nil)
		if(++ln >= start)
			sys->print("%s", s);
}
