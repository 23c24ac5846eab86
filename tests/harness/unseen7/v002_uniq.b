implement Uniq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Uniq: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Mode: adt {
	count:	int;
	dupsonly:	int;
	uniqonly:	int;
};

TMP: con "/tmp/v002_uniq.txt";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	data := "apple\napple\nbanana\ncherry\ncherry\ncherry\napple\ndate\ndate\nelder\n";
	fd := sys->create(TMP, Sys->OWRITE, 8r600);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "uniq: create %s: %r\n", TMP);
		raise "fail:create";
	}
	b := array of byte data;
	sys->write(fd, b, len b);
	fd = nil;

	modes := array[] of {
		("plain", Mode(0, 0, 0)),
		("-c", Mode(1, 0, 0)),
		("-d", Mode(0, 1, 0)),
		("-u", Mode(0, 0, 1)),
		("-c -d", Mode(1, 1, 0)),
	};
	for(i := 0; i < len modes; i++){
		(label, m) := modes[i];
		sys->print("== uniq %s\n", label);
		uniq(TMP, m);
	}
	sys->remove(TMP);
}

uniq(file: string, m: Mode)
{
	f := bufio->open(file, Bufio->OREAD);
	if(f == nil){
		sys->fprint(sys->fildes(2), "uniq: open %s: %r\n", file);
		raise "fail:open";
	}
	prev: string;
	n := 0;
	for(;;){
		s := f.gets('\n');
		if(s == nil || s != prev){
			if(n > 0)
				emit(prev, n, m);
			if(s == nil)
				break;
			prev = s;
			n = 1;
		}else
			n++;
	}
}

emit(s: string, n: int, m: Mode)
{
	if(m.dupsonly && n < 2)
		return;
	if(m.uniqonly && n > 1)
		return;
	if(len s > 0 && s[len s - 1] == '\n')
		s = s[0:len s - 1];
	if(m.count)
		sys->print("%4d %s\n", n, s);
	else
		sys->print("%s\n", s);
}
