#args: -s 5 -n 45 -w 12
implement Hexdump;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Hexdump: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/d19_blob.bin";

makeblob(): array of byte
{
	s := "Hello, Inferno!\n\tDis VM\r\n";
	b := array[64] of byte;
	n := len array of byte s;
	b[0:] = array of byte s;
	for(i := n; i < len b; i++)
		b[i] = byte ((i * 37 + 11) & 16rFF);
	return b;
}

dump(iob: ref Iobuf, skip, count, width: int, chars: int): (int, int)
{
	iob.seek(big skip, Bufio->SEEKSTART);
	off := skip;
	total := 0;
	sum := 0;
	line := array[width] of byte;
	for(;;){
		n := 0;
		while(n < width && (count < 0 || total + n < count)){
			c := iob.getb();
			if(c < 0)
				break;
			line[n++] = byte c;
		}
		if(n == 0)
			break;
		hex := "";
		asc := "";
		for(i := 0; i < width; i++){
			if(i < n){
				v := int line[i];
				sum = (sum + v) & 16rFFFF;
				hex += sys->sprint(" %.2x", v);
				if(chars){
					case v {
					'\n' => asc += "\\n";
					'\t' => asc += "\\t";
					'\r' => asc += "\\r";
					* =>
						if(v >= 32 && v < 127)
							asc += sys->sprint(" %c", v);
						else
							asc += " .";
					}
				} else if(v >= 32 && v < 127)
					asc[len asc] = v;
				else
					asc += ".";
			} else
				hex += "   ";
			if(i == width/2 - 1)
				hex += " ";
		}
		sys->print("%.6x %s |%s|\n", off, hex, asc);
		off += n;
		total += n;
		if(n < width)
			break;
	}
	sys->print("%.6x\n", off);
	return (total, sum);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	arg := load Arg Arg->PATH;
	skip := 0;
	count := -1;
	width := 16;
	chars := 0;
	arg->init(args);
	while((c := arg->opt()) != 0)
		case c {
		's' => skip = int arg->earg();
		'n' => count = int arg->earg();
		'w' => width = int arg->earg();
		'c' => chars = 1;
		}
	if(width < 2)
		width = 2;

	fd := sys->create(FILE, Sys->ORDWR, 8r644);
	blob := makeblob();
	sys->write(fd, blob, len blob);
	(ok, dir) := sys->fstat(fd);
	if(ok == 0)
		sys->print("file length %bd\n", dir.length);
	fd = nil;

	iob := bufio->open(FILE, Bufio->OREAD);
	sys->print("skip %d count %d width %d\n", skip, count, width);
	(n, sum) := dump(iob, skip, count, width, chars);
	sys->print("%d bytes, checksum %.4x\n", n, sum);

	sys->print("first 20 bytes, char mode, width 8:\n");
	iob.seek(big 0, Bufio->SEEKSTART);
	(n, sum) = dump(iob, 0, 20, 8, 1);
	sys->print("%d bytes, checksum %.4x\n", n, sum);
	sys->print("whole file, default width:\n");
	(n, sum) = dump(iob, 0, -1, 16, 0);
	sys->print("%d bytes, checksum %.4x\n", n, sum);
	iob.close();
	sys->remove(FILE);
}
