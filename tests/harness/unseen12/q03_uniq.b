#args: -c -f 1 /tmp/q_uniq.log
implement Uniq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Uniq: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

cflag, dflag, uflag, iflag: int;
skipfields := 0;
out: ref Iobuf;

skip(s: string): string
{
	i := 0;
	for(n := 0; n < skipfields; n++){
		while(i < len s && (s[i] == ' ' || s[i] == '\t'))
			i++;
		while(i < len s && s[i] != ' ' && s[i] != '\t')
			i++;
	}
	s = s[i:];
	if(iflag){
		t := "";
		for(j := 0; j < len s; j++){
			c := s[j];
			if(c >= 'A' && c <= 'Z')
				c += 'a'-'A';
			t[j] = c;
		}
		s = t;
	}
	return s;
}

emit(line: string, n: int)
{
	if(dflag && n < 2)
		return;
	if(uflag && n > 1)
		return;
	if(cflag)
		out.puts(sys->sprint("%4d %s\n", n, line));
	else
		out.puts(line + "\n");
}

run(in: ref Iobuf): (int, int)
{
	prev: string;
	pkey: string;
	count := 0;
	nin := 0;
	ngroups := 0;
	for(;;){
		s := in.gets('\n');
		if(s == nil)
			break;
		nin++;
		if(s[len s - 1] == '\n')
			s = s[:len s - 1];
		k := skip(s);
		if(count > 0 && k == pkey){
			count++;
			continue;
		}
		if(count > 0){
			emit(prev, count);
			ngroups++;
		}
		prev = s;
		pkey = k;
		count = 1;
	}
	if(count > 0){
		emit(prev, count);
		ngroups++;
	}
	return (nin, ngroups);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	stderr := sys->fildes(2);

	log := array[] of {
		"10:01 GET /index.html",
		"10:02 GET /index.html",
		"10:02 get /INDEX.html",
		"10:03 POST /login",
		"10:04 GET /index.html",
		"10:04 GET /img/logo.png",
		"10:05 GET /img/logo.png",
		"10:05 GET /img/logo.png",
		"10:06 DELETE /tmp/x",
	};
	f := bufio->create("/tmp/q_uniq.log", Bufio->OWRITE, 8r666);
	for(i := 0; i < len log; i++)
		f.puts(log[i] + "\n");
	f.close();

	argv = tl argv;
	while(argv != nil && (hd argv)[0] == '-'){
		a := hd argv;
		argv = tl argv;
		case a {
		"-c" =>	cflag++;
		"-d" =>	dflag++;
		"-u" =>	uflag++;
		"-i" =>	iflag++;
		"-f" =>
			if(argv == nil){
				sys->fprint(stderr, "uniq: -f needs a number\n");
				raise "fail:usage";
			}
			skipfields = int hd argv;
			argv = tl argv;
		* =>
			sys->fprint(stderr, "uniq: unknown flag %s\n", a);
			raise "fail:usage";
		}
	}
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	name := "/tmp/q_uniq.log";
	if(argv != nil)
		name = hd argv;
	in := bufio->open(name, Bufio->OREAD);
	if(in == nil){
		sys->fprint(stderr, "uniq: %s: %r\n", name);
		raise "fail:open";
	}
	(nin, ng) := run(in);
	out.flush();

	# second pass with case folding and duplicates only, same data
	(cflag, dflag, iflag) = (0, 1, 1);
	out.puts("-- duplicates ignoring case:\n");
	in = bufio->open(name, Bufio->OREAD);
	run(in);
	out.flush();
	sys->fprint(stderr, "uniq: %d lines in, %d groups\n", nin, ng);
}
