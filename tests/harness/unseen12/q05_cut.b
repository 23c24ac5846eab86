#args: -d , -f 1,3-4,6- /tmp/q_cut.csv
implement Cut;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Cut: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Range: adt {
	lo, hi:	int;	# hi == 0 means open-ended
};

stderr: ref Sys->FD;

fatal(s: string)
{
	sys->fprint(stderr, "cut: %s\n", s);
	raise "fail:" + s;
}

# parse "1,3-4,6-" into a list of ranges
parselist(s: string): list of Range
{
	(nil, parts) := sys->tokenize(s, ",");
	if(parts == nil)
		fatal("empty list");
	rl: list of Range;
	for(; parts != nil; parts = tl parts){
		p := hd parts;
		lo, hi: int;
		for(i := 0; i < len p && p[i] != '-'; i++)
			;
		if(i == len p)
			lo = hi = int p;
		else{
			lo = 1;
			if(i > 0)
				lo = int p[0:i];
			hi = 0;
			if(i+1 < len p)
				hi = int p[i+1:];
		}
		if(lo < 1 || (hi != 0 && hi < lo))
			fatal("bad range " + p);
		rl = Range(lo, hi) :: rl;
	}
	return rl;
}

selected(rl: list of Range, n: int): int
{
	for(; rl != nil; rl = tl rl){
		r := hd rl;
		if(n >= r.lo && (r.hi == 0 || n <= r.hi))
			return 1;
	}
	return 0;
}

cutfields(line: string, delim: int, rl: list of Range): string
{
	out := "";
	nout := 0;
	f := 1;
	start := 0;
	for(i := 0; i <= len line; i++){
		if(i == len line || line[i] == delim){
			if(selected(rl, f)){
				if(nout++ > 0)
					out[len out] = delim;
				out += line[start:i];
			}
			f++;
			start = i+1;
		}
	}
	return out;
}

cutchars(line: string, rl: list of Range): string
{
	out := "";
	for(i := 0; i < len line; i++)
		if(selected(rl, i+1))
			out[len out] = line[i];
	return out;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	stderr = sys->fildes(2);

	fd := sys->create("/tmp/q_cut.csv", Sys->OWRITE, 8r644);
	sys->fprint(fd, "id,name,city,zip,phone,email,notes\n");
	sys->fprint(fd, "1,Ann,Boston,02110,555-1234,ann@x.org,vip\n");
	sys->fprint(fd, "2,Björn,Malmö,21120,,bjorn@y.se\n");
	sys->fprint(fd, "3,Chen,,100000,555-9876,chen@z.cn,late,extra\n");
	sys->fprint(fd, "no delimiter here\n");
	fd = nil;

	delim := '\t';
	mode := 0;
	rl: list of Range;
	argv = tl argv;
	while(argv != nil && len hd argv == 2 && (hd argv)[0] == '-'){
		opt := (hd argv)[1];
		argv = tl argv;
		if(argv == nil)
			fatal(sys->sprint("option -%c needs an argument", opt));
		case opt {
		'd' =>	delim = (hd argv)[0];
		'f' or 'c' =>
			mode = opt;
			rl = parselist(hd argv);
		* =>	fatal(sys->sprint("unknown option -%c", opt));
		}
		argv = tl argv;
	}
	if(mode == 0)
		fatal("one of -f or -c is required");
	if(argv == nil)
		fatal("no input file");
	in := bufio->open(hd argv, Bufio->OREAD);
	if(in == nil)
		fatal(sys->sprint("can't open %s: %r", hd argv));
	while((s := in.gets('\n')) != nil){
		if(s[len s-1] == '\n')
			s = s[:len s-1];
		if(mode == 'f')
			sys->print("%s\n", cutfields(s, delim, rl));
		else
			sys->print("%s\n", cutchars(s, rl));
	}
	# character mode on the same file, first 6 runes plus 9th
	sys->print("--\n");
	in.seek(big 0, Bufio->SEEKSTART);
	rl = parselist("-6,9");
	while((t := in.gets('\n')) != nil)
		sys->print("%s\n", cutchars(t[:len t-1], rl));
	# and a bad list is reported
	parselist("5-2");
}
