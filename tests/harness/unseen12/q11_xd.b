#args: -c -s 5 -n 70 /tmp/q_xd.bin
implement Xd;

include "sys.m";
	sys: Sys;
include "draw.m";

Xd: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
hexdig := "0123456789abcdef";

hex2(b: int): string
{
	s := "xx";
	s[0] = hexdig[(b>>4) & 16rF];
	s[1] = hexdig[b & 16rF];
	return s;
}

# one canonical line: offset, 16 hex bytes in two groups, optional chars
line(off: big, b: array of byte, chars: int): string
{
	s := sys->sprint("%.8bux ", off);
	for(i := 0; i < 16; i++){
		if(i == 8)
			s += " ";
		if(i < len b)
			s += " " + hex2(int b[i]);
		else
			s += "   ";
	}
	if(chars){
		s += "  |";
		for(i = 0; i < len b; i++){
			c := int b[i];
			if(c >= 16r20 && c < 16r7f)
				s[len s] = c;
			else
				s += ".";
		}
		s += "|";
	}
	return s;
}

dump(fd: ref Sys->FD, start, count: big, chars: int)
{
	if(start > big 0 && sys->seek(fd, start, Sys->SEEKSTART) != start){
		sys->fprint(stderr, "xd: seek failed: %r\n");
		return;
	}
	off := start;
	buf := array[16] of byte;
	prev: array of byte;
	starred := 0;
	for(;;){
		want := 16;
		if(count >= big 0 && big want > count - (off - start))
			want = int (count - (off - start));
		if(want <= 0)
			break;
		n := sys->readn(fd, buf, want);
		if(n <= 0)
			break;
		cur := buf[0:n];
		if(prev != nil && len prev == n && same(prev, cur)){
			if(!starred)
				sys->print("*\n");
			starred = 1;
		}else{
			sys->print("%s\n", line(off, cur, chars));
			starred = 0;
		}
		prev = array[n] of byte;
		prev[0:] = cur;
		off += big n;
	}
	sys->print("%.8bux\n", off);
}

same(a, b: array of byte): int
{
	for(i := 0; i < len a; i++)
		if(a[i] != b[i])
			return 0;
	return 1;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	# build a file with text, a run of zeros, and every byte value 0..47
	data := array[128] of { * => byte 0 };
	msg := array of byte "Hello, Inferno!\n\tDis VM 🙂";
	data[0:] = msg;
	for(i := 0; i < 48; i++)
		data[80+i] = byte (i * 5 + 16r80);
	fd := sys->create("/tmp/q_xd.bin", Sys->ORDWR, 8r600);
	if(sys->write(fd, data, len data) != len data){
		sys->fprint(stderr, "xd: write: %r\n");
		raise "fail:write";
	}

	chars := 0;
	start := big 0;
	count := big -1;
	argv = tl argv;
	while(argv != nil && (hd argv)[0] == '-'){
		case hd argv {
		"-c" =>	chars = 1;
		"-s" =>	argv = tl argv; start = big hd argv;
		"-n" =>	argv = tl argv; count = big hd argv;
		* =>
			sys->fprint(stderr, "xd: bad flag %s\n", hd argv);
			raise "fail:usage";
		}
		argv = tl argv;
	}
	if(argv == nil){
		sys->fprint(stderr, "usage: xd [-c] [-s off] [-n count] file\n");
		raise "fail:usage";
	}
	f := sys->open(hd argv, Sys->OREAD);
	if(f == nil){
		sys->fprint(stderr, "xd: %s: %r\n", hd argv);
		raise "fail:open";
	}
	(ok, dir) := sys->fstat(f);
	if(ok == 0)
		sys->print("%s: %bd bytes\n", dir.name, dir.length);
	dump(f, start, count, chars);
	sys->print("-- whole file, no chars:\n");
	dump(sys->open(hd argv, Sys->OREAD), big 0, big -1, 0);
}
