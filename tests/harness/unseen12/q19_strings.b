#args: -n 5 -o /tmp/q_strings.bin
implement Strings;

include "sys.m";
	sys: Sys;
include "draw.m";

Strings: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

minlen := 4;
offsets := 0;
stderr: ref Sys->FD;

Found: adt {
	off:	int;
	s:	string;
};

# build a fake binary: header, little-endian ints, embedded strings, utf-8
mkbinary(name: string)
{
	b := array[200] of { * => byte 0 };
	hdr := array of byte "\u007fDIS";
	b[0:] = hdr;
	for(i := 0; i < 8; i++){
		v := 16r01020304 * (i+1);
		o := 8 + 4*i;
		b[o] = byte v; b[o+1] = byte (v>>8); b[o+2] = byte (v>>16); b[o+3] = byte (v>>24);
	}
	put := array[] of {
		(48, "init"),
		(56, "/dis/lib/bufio.dis"),
		(80, "abc"),
		(86, "ab\tcd"),
		(96, "Große Straße"),
		(120, "$Id: strings.b 1.2 $"),
		(160, "tail-at-end"),
	};
	for(i = 0; i < len put; i++){
		(off, s) := put[i];
		a := array of byte s;
		b[off:] = a;
	}
	b[len b - 3] = byte 'e';
	b[len b - 2] = byte 'n';
	b[len b - 1] = byte 'd';
	fd := sys->create(name, Sys->OWRITE, 8r644);
	if(fd == nil || sys->write(fd, b, len b) != len b){
		sys->fprint(stderr, "strings: cannot write %s: %r\n", name);
		raise "fail:write";
	}
}

printable(c: int): int
{
	return c == '\t' || (c >= 16r20 && c < 16r7f) || c >= 16rA0;
}

scan(buf: array of byte): list of Found
{
	found: list of Found;
	i := 0;
	start := -1;
	cur := "";
	while(i < len buf){
		(c, n, ok) := sys->byte2char(buf, i);
		if(ok && printable(c)){
			if(start < 0){
				start = i;
				cur = "";
			}
			cur[len cur] = c;
		}else{
			if(start >= 0 && len cur >= minlen)
				found = Found(start, cur) :: found;
			start = -1;
		}
		i += n;
	}
	if(start >= 0 && len cur >= minlen)
		found = Found(start, cur) :: found;
	r: list of Found;
	for(; found != nil; found = tl found)
		r = hd found :: r;
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	mkbinary("/tmp/q_strings.bin");

	argv = tl argv;
	while(argv != nil && (hd argv)[0] == '-'){
		case hd argv {
		"-n" =>
			argv = tl argv;
			if(argv == nil || int hd argv < 1){
				sys->fprint(stderr, "strings: bad -n\n");
				raise "fail:usage";
			}
			minlen = int hd argv;
		"-o" =>	offsets = 1;
		* =>
			sys->fprint(stderr, "strings: unknown flag %s\n", hd argv);
			raise "fail:usage";
		}
		argv = tl argv;
	}
	for(; argv != nil; argv = tl argv){
		fd := sys->open(hd argv, Sys->OREAD);
		if(fd == nil){
			sys->fprint(stderr, "strings: %s: %r\n", hd argv);
			continue;
		}
		buf := array[8192] of byte;
		n := sys->readn(fd, buf, len buf);
		total := 0;
		for(l := scan(buf[0:n]); l != nil; l = tl l){
			f := hd l;
			if(offsets)
				sys->print("%7o %s\n", f.off, f.s);
			else
				sys->print("%s\n", f.s);
			total++;
		}
		sys->print("%s: %d strings of at least %d runes in %d bytes\n", hd argv, total, minlen, n);
	}
	minlen = 2;
	sys->print("min 2:");
	for(l := scan(array of byte "a\u0001bc\u0002\u0000ok!\u00ffé"); l != nil; l = tl l)
		sys->print(" [%d]%q", (hd l).off, (hd l).s);
	sys->print("\n");
}
