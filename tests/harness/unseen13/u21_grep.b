#args: -n -i error
implement Grep;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Grep: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

LOG: con "/tmp/u_grep.log";

logtext := array[] of {
	"2024-01-01 boot ok",
	"2024-01-01 disk: read Error on sector 42",
	"2024-01-02 net: link up",
	"2024-01-02 net: ERROR timeout contacting server",
	"2024-01-03 user login",
	"2024-01-03 errors: none",
	"2024-01-04 shutdown",
};

lower(s: string): string
{
	t := s;
	for(i := 0; i < len t; i++)
		if(t[i] >= 'A' && t[i] <= 'Z')
			t[i] = t[i] - 'A' + 'a';
	return t;
}

contains(s, pat: string): int
{
	for(i := 0; i+len pat <= len s; i++)
		if(s[i:i+len pat] == pat)
			return 1;
	return 0;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	nflag := iflag := vflag := 0;
	for(argv = tl argv; argv != nil && len hd argv > 1 && (hd argv)[0] == '-'; argv = tl argv)
		for(i := 1; i < len hd argv; i++)
			case (hd argv)[i] {
			'n' => nflag = 1;
			'i' => iflag = 1;
			'v' => vflag = 1;
			* => raise "fail:bad flag";
			}
	if(argv == nil)
		raise "fail:usage";
	pat := hd argv;
	if(iflag)
		pat = lower(pat);

	out := bufio->create(LOG, Bufio->OWRITE, 8r600);
	for(j := 0; j < len logtext; j++)
		out.puts(logtext[j] + "\n");
	out.close();

	in := bufio->open(LOG, Bufio->OREAD);
	if(in == nil){
		sys->fprint(sys->fildes(2), "grep: %s: %r\n", LOG);
		raise "fail:open";
	}
	stdout := bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	n := 0;
	matched := 0;
	while((l := in.gets('\n')) != nil){
		n++;
		if(l[len l-1] == '\n')
			l = l[0:len l-1];
		t := l;
		if(iflag)
			t = lower(t);
		if(contains(t, pat) ^ vflag){
			matched++;
			if(nflag)
				stdout.puts(sys->sprint("%d:", n));
			stdout.puts(l);
			stdout.putc('\n');
		}
	}
	stdout.flush();
	sys->remove(LOG);
	sys->print("%d of %d lines matched\n", matched, n);
}
