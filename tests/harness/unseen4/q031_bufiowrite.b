implement BufioWrite;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

BufioWrite: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	name := "/tmp/q031.csv";
	w := bufio->create(name, Bufio->OWRITE, 8r644);
	if(w == nil){
		sys->print("create: %r\n");
		return;
	}
	for(i := 1; i <= 6; i++){
		w.puts(sys->sprint("row%d,%d,%d", i, i*i, i*i*i));
		w.putc(';');
	}
	w.putb(byte 'E');
	w.putc(16r263a);	# a smiley, multi-byte
	w.putc('\n');
	sys->print("flush=%d\n", w.flush());
	w.close();
	(nil, d) := sys->stat(name);
	sys->print("file length %bd\n", d.length);

	r := bufio->open(name, Bufio->OREAD);
	while((rec := r.gett(";,\n")) != nil){
		delim := rec[len rec - 1];
		body := rec;
		if(delim == ';' || delim == ',' || delim == '\n')
			body = rec[0:len rec - 1];
		else
			delim = '.';
		sys->print("[%s] ended by %d\n", body, delim);
	}
	sys->print("offset at end %bd\n", r.offset());
	r.seek(big 0, Bufio->SEEKSTART);
	c1 := r.getc();
	c2 := r.getc();
	r.ungetc();
	c3 := r.getc();
	sys->print("getc %c %c again %c\n", c1, c2, c3);
	r.seek(big -4, Bufio->SEEKEND);
	sys->print("near end: %x %x %d\n", r.getc(), r.getc(), r.getc());
	sys->print("at eof getc=%d\n", r.getc());
	r.close();
	sys->remove(name);
}
