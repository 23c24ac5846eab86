implement BufioSeek;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

BufioSeek: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/g04_bufio_seek.bin";
RECSZ: con 8;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;

	io := bufio->create(FILE, Bufio->ORDWR, 8r644);
	if(io == nil){
		sys->print("create: %r\n");
		return;
	}
	# fixed-size records: "rec%04d\n"
	for(i := 0; i < 20; i++)
		io.puts(sys->sprint("rec%04d\n", i*i));
	sys->print("offset after write: %bd\n", io.offset());
	io.flush();

	# random access through the same Iobuf
	order := array[] of {5, 0, 19, 7, 12};
	buf := array[RECSZ] of byte;
	for(k := 0; k < len order; k++){
		off := io.seek(big (order[k]*RECSZ), Bufio->SEEKSTART);
		n := io.read(buf, RECSZ);
		sys->print("seek %3bd read %d: %s", off, n, string buf[0:n]);
	}

	# overwrite record 3 in place
	io.seek(big (3*RECSZ), Bufio->SEEKSTART);
	io.puts("REC-III\n");
	io.flush();

	# relative seeks
	io.seek(big 0, Bufio->SEEKSTART);
	io.seek(big (2*RECSZ), Bufio->SEEKRELA);
	s := io.gets('\n');
	sys->print("after rela seek: %s", s);
	s = io.gets('\n');
	sys->print("next line: %s", s);
	end := io.seek(big 0, Bufio->SEEKEND);
	sys->print("end offset %bd\n", end);
	io.seek(big -RECSZ, Bufio->SEEKEND);
	s = io.gets('\n');
	sys->print("last record: %s", s);
	c := io.getc();
	sys->print("getc at eof = %d\n", c);

	# putc / putb appends
	io.seek(big 0, Bufio->SEEKEND);
	io.putc('Z');
	io.putb(byte '\n');
	io.flush();
	io.close();

	(ok, d) := sys->stat(FILE);
	sys->print("stat ok=%d length=%bd\n", ok, d.length);

	io = bufio->open(FILE, Bufio->OREAD);
	lines := 0;
	while((s = io.gets('\n')) != nil){
		lines++;
		if(lines == 4 || lines == 21)
			sys->print("line %d = %s", lines, s);
	}
	sys->print("line count %d\n", lines);
	io.close();
	sys->remove(FILE);
}
