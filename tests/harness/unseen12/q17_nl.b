#args: -bt -v10 -i5 -w4 -s: /tmp/q_nl.txt
implement Nl;

include "sys.m";
	sys: Sys;
include "draw.m";

Nl: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Opts: adt {
	body:	int;	# 'a' all lines, 't' non-empty only, 'n' none
	start:	int;
	incr:	int;
	width:	int;
	sep:	string;
	just:	int;	# 'r' right, 'l' left, 'z' zero-filled
};

stderr: ref Sys->FD;

# a minimal line reader over a raw fd
Reader: adt {
	fd:	ref Sys->FD;
	buf:	array of byte;
	n:	int;
	eof:	int;

	line:	fn(r: self ref Reader): (string, int);
};

Reader.line(r: self ref Reader): (string, int)
{
	for(;;){
		for(i := 0; i < r.n; i++)
			if(r.buf[i] == byte '\n'){
				s := string r.buf[0:i];
				r.buf[0:] = r.buf[i+1:r.n];
				r.n -= i+1;
				return (s, 1);
			}
		if(r.n == len r.buf){
			# line longer than the buffer: double it
			nb := array[2 * len r.buf] of byte;
			nb[0:] = r.buf[0:r.n];
			r.buf = nb;
		}
		if(r.eof){
			if(r.n == 0)
				return (nil, 0);
			s := string r.buf[0:r.n];
			r.n = 0;
			return (s, 1);
		}
		m := sys->read(r.fd, r.buf[r.n:], len r.buf - r.n);
		if(m <= 0)
			r.eof = 1;
		else
			r.n += m;
	}
}

number(o: Opts, n: int): string
{
	case o.just {
	'l' =>	return sys->sprint("%-*d", o.width, n);
	'z' =>	return sys->sprint("%.*d", o.width, n);
	}
	return sys->sprint("%*d", o.width, n);
}

nl(fd: ref Sys->FD, o: Opts): int
{
	r := ref Reader(fd, array[32] of byte, 0, 0);
	n := o.start;
	nlines := 0;
	for(;;){
		(s, ok) := r.line();
		if(!ok)
			break;
		nlines++;
		if(o.body == 'a' || (o.body == 't' && s != nil)){
			sys->print("%s%s%s\n", number(o, n), o.sep, s);
			n += o.incr;
		}else{
			pad := "";
			for(i := 0; i < o.width + len o.sep; i++)
				pad += " ";
			if(s == nil)
				pad = nil;
			sys->print("%s%s\n", pad, s);
		}
	}
	return nlines;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	fd := sys->create("/tmp/q_nl.txt", Sys->OWRITE, 8r644);
	sys->fprint(fd, "implement Hello;\n\ninclude \"sys.m\";\n\n\n");
	sys->fprint(fd, "init(nil: ref Draw->Context, nil: list of string)\n{\n");
	sys->fprint(fd, "\tsys->print(\"a rather long line that is longer than the thirty-two byte read buffer\\n\");\n}");
	fd = nil;

	o := Opts('t', 1, 1, 6, "\t", 'r');
	argv = tl argv;
	for(; argv != nil; argv = tl argv){
		a := hd argv;
		if(len a < 2 || a[0] != '-')
			break;
		v := a[2:];
		case a[1] {
		'b' =>	o.body = v[0];
		'v' =>	o.start = int v;
		'i' =>	o.incr = int v;
		'w' =>	o.width = int v;
		's' =>	o.sep = v;
		'n' =>	o.just = v[0];
		* =>
			sys->fprint(stderr, "nl: unknown option %s\n", a);
			raise "fail:usage";
		}
	}
	if(argv == nil){
		sys->fprint(stderr, "usage: nl [-b[atn]] [-vN] [-iN] [-wN] [-ssep] [-n[lrz]] file\n");
		raise "fail:usage";
	}
	in := sys->open(hd argv, Sys->OREAD);
	if(in == nil){
		sys->fprint(stderr, "nl: can't open %s: %r\n", hd argv);
		raise "fail:open";
	}
	n := nl(in, o);
	sys->fprint(stderr, "nl: %d lines read\n", n);
	sys->print("--\n");
	o = Opts('a', 1, 1, 3, " ", 'z');
	nl(sys->open(hd argv, Sys->OREAD), o);
	o.just = 'l';
	o.body = 'n';
	nl(sys->open(hd argv, Sys->OREAD), o);
}
