#args: -n -i -c limbo
implement Grep;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Grep: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Flags: adt {
	nflag, iflag, vflag, cflag, lflag:	int;
};

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	arg := load Arg Arg->PATH;
	if(arg == nil || bufio == nil){
		sys->fprint(stderr, "grep: cannot load modules: %r\n");
		raise "fail:load";
	}
	arg->init(argv);
	arg->setusage("grep [-nivcl] pattern [file ...]");
	f := Flags(0, 0, 0, 0, 0);
	while((c := arg->opt()) != 0)
		case c {
		'n' =>	f.nflag = 1;
		'i' =>	f.iflag = 1;
		'v' =>	f.vflag = 1;
		'c' =>	f.cflag = 1;
		'l' =>	f.lflag = 1;
		* =>	arg->usage();
		}
	argv = arg->argv();
	if(argv == nil)
		arg->usage();
	pat := hd argv;
	files := tl argv;
	if(files == nil){
		files = mkfiles();
	}
	sys->print("pattern %q flags n%d i%d v%d c%d l%d\n", pat, f.nflag, f.iflag, f.vflag, f.cflag, f.lflag);
	total := 0;
	for(l := files; l != nil; l = tl l)
		total += grep(pat, hd l, f, len files > 1);
	# second pass with inverted sense and no count
	f.vflag = 1;
	f.cflag = 0;
	for(l = files; l != nil; l = tl l)
		grep(pat, hd l, f, 1);
	for(l = files; l != nil; l = tl l)
		sys->remove(hd l);
	sys->print("total %d\n", total);
}

mkfiles(): list of string
{
	a := "/tmp/v033_a";
	b := "/tmp/v033_b";
	write(a, "Limbo is typed\nC is not\nlimbo has channels\nLIMBO shouts\n");
	write(b, "nothing here\nDis runs Limbo\n");
	return a :: b :: nil;
}

write(name, s: string)
{
	fd := sys->create(name, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->fprint(stderr, "grep: create %s: %r\n", name);
		raise "fail:create";
	}
	sys->fprint(fd, "%s", s);
}

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

contains(s, t: string): int
{
	for(i := 0; i + len t <= len s; i++)
		if(s[i:i+len t] == t)
			return 1;
	return 0;
}

grep(pat, file: string, f: Flags, showname: int): int
{
	b := bufio->open(file, Bufio->OREAD);
	if(b == nil){
		sys->fprint(stderr, "grep: can't open %s: %r\n", file);
		return 0;
	}
	if(f.iflag)
		pat = lower(pat);
	n := 0;
	ln := 0;
	while((s := b.gets('\n')) != nil){
		ln++;
		t := s;
		if(f.iflag)
			t = lower(s);
		m := contains(t, pat);
		if(f.vflag)
			m = !m;
		if(!m)
			continue;
		n++;
		if(f.cflag || f.lflag)
			continue;
		pre := "";
		if(showname)
			pre = file + ":";
		if(f.nflag)
			pre += string ln + ":";
		sys->print("%s%s", pre, s);
	}
	if(f.cflag)
		sys->print("%s:%d\n", file, n);
	else if(f.lflag && n > 0)
		sys->print("%s\n", file);
	return n;
}
