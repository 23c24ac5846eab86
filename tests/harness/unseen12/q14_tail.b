#args: -n 4 /tmp/q_tail.txt
implement Tail;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Tail: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

# ring buffer of the last n lines
Ring: adt {
	lines:	array of string;
	next:	int;
	count:	int;

	new:	fn(n: int): ref Ring;
	put:	fn(r: self ref Ring, s: string);
	dump:	fn(r: self ref Ring): list of string;
};

Ring.new(n: int): ref Ring
{
	return ref Ring(array[n] of string, 0, 0);
}

Ring.put(r: self ref Ring, s: string)
{
	if(len r.lines == 0)
		return;
	r.lines[r.next] = s;
	r.next = (r.next + 1) % len r.lines;
	if(r.count < len r.lines)
		r.count++;
}

Ring.dump(r: self ref Ring): list of string
{
	l: list of string;
	i := r.next;
	for(k := 0; k < r.count; k++){
		i = (i - 1 + len r.lines) % len r.lines;
		l = r.lines[i] :: l;
	}
	return l;
}

tail(b: ref Iobuf, n: int): list of string
{
	r := Ring.new(n);
	while((s := b.gets('\n')) != nil)
		r.put(s);
	return r.dump();
}

head(b: ref Iobuf, n: int): list of string
{
	l: list of string;
	for(i := 0; i < n; i++){
		s := b.gets('\n');
		if(s == nil)
			break;
		l = s :: l;
	}
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

# tail +n: from line n onwards
from(b: ref Iobuf, n: int): list of string
{
	l: list of string;
	for(i := 1; (s := b.gets('\n')) != nil; i++)
		if(i >= n)
			l = s :: l;
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

show(title: string, l: list of string)
{
	sys->print("==> %s <==\n", title);
	for(; l != nil; l = tl l)
		sys->print("%s", hd l);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	stderr = sys->fildes(2);

	w := bufio->create("/tmp/q_tail.txt", Bufio->OWRITE, 8r644);
	for(i := 1; i <= 12; i++)
		w.puts(sys->sprint("%d squared is %d\n", i, i*i));
	w.puts("no final newline");
	w.close();

	n := 10;
	argv = tl argv;
	if(argv != nil && hd argv == "-n"){
		argv = tl argv;
		if(argv == nil || (n = int hd argv) < 0){
			sys->fprint(stderr, "tail: bad line count\n");
			raise "fail:usage";
		}
		argv = tl argv;
	}
	if(argv == nil){
		sys->fprint(stderr, "usage: tail [-n count] file\n");
		raise "fail:usage";
	}
	name := hd argv;
	b := bufio->open(name, Bufio->OREAD);
	if(b == nil){
		sys->fprint(stderr, "tail: %s: %r\n", name);
		raise "fail:open";
	}
	show("tail -" + string n, tail(b, n));
	sys->print("\n");
	b.seek(big 0, Bufio->SEEKSTART);
	show("head -3", head(b, 3));
	b.seek(big 0, Bufio->SEEKSTART);
	show("tail +11", from(b, 11));
	sys->print("\n");
	b.seek(big 0, Bufio->SEEKSTART);
	show("tail -0", tail(b, 0));
	b = bufio->open("/tmp/q_tail_absent", Bufio->OREAD);
	if(b == nil)
		sys->fprint(stderr, "tail: /tmp/q_tail_absent: cannot open\n");
}
