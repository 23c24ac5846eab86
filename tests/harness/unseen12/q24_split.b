#args: -l 7 -p /tmp/q_splitdir/part.
implement Split;

include "sys.m";
	sys: Sys;
include "draw.m";

Split: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

Chunk: adt {
	name:	string;
	data:	string;
};

# writer process: writes each chunk it is sent, replies with bytes written
writer(req: chan of ref Chunk, reply: chan of (string, int))
{
	for(;;){
		c := <-req;
		if(c == nil)
			break;
		fd := sys->create(c.name, Sys->OWRITE, 8r644);
		if(fd == nil){
			reply <-= (sys->sprint("create %s: %r", c.name), -1);
			continue;
		}
		b := array of byte c.data;
		n := sys->write(fd, b, len b);
		reply <-= (nil, n);
	}
	reply <-= ("writer done", 0);
}

# aa, ab, ... az, ba, ...
suffix(i: int): string
{
	s := "aa";
	s[0] = 'a' + i / 26;
	s[1] = 'a' + i % 26;
	return s;
}

input(): string
{
	s := "";
	words := array[] of {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"};
	for(i := 0; i < 30; i++)
		s += sys->sprint("%02d %s\n", i+1, words[(i*3) % len words]);
	return s;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	nlines := 1000;
	prefix := "x";
	argv = tl argv;
	while(argv != nil && tl argv != nil){
		case hd argv {
		"-l" =>	nlines = int hd tl argv;
		"-p" =>	prefix = hd tl argv;
		* =>
			sys->fprint(stderr, "split: bad option %s\n", hd argv);
			raise "fail:usage";
		}
		argv = tl tl argv;
	}
	if(nlines <= 0){
		sys->fprint(stderr, "split: bad line count\n");
		raise "fail:usage";
	}
	dir := "/tmp/q_splitdir";
	# clear out anything from an earlier run
	if((dfd := sys->open(dir, Sys->OREAD)) != nil){
		for(;;){
			(n, d) := sys->dirread(dfd);
			if(n <= 0)
				break;
			for(i := 0; i < n; i++)
				sys->remove(dir + "/" + d[i].name);
		}
		dfd = nil;
	}else if(sys->create(dir, Sys->OREAD, Sys->DMDIR | 8r755) == nil){
		sys->fprint(stderr, "split: can't make %s: %r\n", dir);
		raise "fail:mkdir";
	}

	req := chan of ref Chunk;
	reply := chan of (string, int);
	spawn writer(req, reply);

	text := input();
	nfile := 0;
	cur := "";
	count := 0;
	for(i := 0; i < len text; i++){
		cur[len cur] = text[i];
		if(text[i] == '\n' && ++count == nlines || i == len text - 1){
			req <-= ref Chunk(prefix + suffix(nfile), cur);
			(err, n) := <-reply;
			if(err != nil)
				sys->fprint(stderr, "split: %s\n", err);
			else
				sys->print("wrote %s%s (%d bytes, %d lines)\n", prefix, suffix(nfile), n, count);
			nfile++;
			cur = "";
			count = 0;
		}
	}
	req <-= ref Chunk(dir + "/no/such/dir", "x");
	(err, nil) := <-reply;
	sys->fprint(stderr, "split: %s\n", err);
	req <-= nil;
	(msg, nil) := <-reply;
	sys->print("%s; %d files\n", msg, nfile);

	# read the pieces back in suffix order and check they rebuild the input
	whole := "";
	for(i = 0; i < nfile; i++){
		fd := sys->open(prefix + suffix(i), Sys->OREAD);
		if(fd == nil)
			continue;
		buf := array[512] of byte;
		n := sys->readn(fd, buf, len buf);
		(nl, lines) := sys->tokenize(string buf[0:n], "\n");
		sys->print("%s: %d lines, first %q\n", suffix(i), nl, hd lines);
		whole += string buf[0:n];
	}
	if(whole == text)
		sys->print("reassembled %d bytes: ok\n", len whole);
	else
		sys->print("reassembled %d bytes: MISMATCH\n", len whole);
}
