implement LogStats;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

LogStats: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

LOG := "12:00:01 web1 INFO GET /index.html 200 512\n" +
	"12:00:02 web2 INFO GET /about.html 200 1024\n" +
	"12:00:02 web1 WARN GET /missing 404 0\n" +
	"12:00:05 db1 ERROR connection reset by peer\n" +
	"12:00:07 web2 INFO POST /login 302 64\n" +
	"garbage line without enough fields\n" +
	"12:01:00 web1 INFO GET /index.html 200 512\n" +
	"12:01:30 web2 ERROR GET /cgi/crash 500 17\n" +
	"12:02:00 db1 INFO checkpoint complete\n" +
	"12:02:10 web1 DEBUG cache hit ratio 0.93";	# no final newline

Levels: con 4;
levelnames := array[Levels] of {"DEBUG", "INFO", "WARN", "ERROR"};

Host: adt {
	name:	string;
	count:	array of int;
	bytes:	int;
	paths:	list of string;
};

levelof(s: string): int
{
	for(i := 0; i < Levels; i++)
		if(levelnames[i] == s)
			return i;
	return -1;
}

field(b: ref Iobuf): string
{
	s := b.gett(" \n");
	if(s == nil)
		return nil;
	case s[len s-1] {
	' ' =>
		return s[0:len s-1];
	'\n' =>
		b.ungetc();	# leave the newline for the caller
		return s[0:len s-1];
	}
	return s;	# end of input
}

hostfor(hosts: list of ref Host, name: string): (list of ref Host, ref Host)
{
	for(l := hosts; l != nil; l = tl l)
		if((hd l).name == name)
			return (hosts, hd l);
	h := ref Host(name, array[Levels] of {* => 0}, 0, nil);
	return (h :: hosts, h);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	stderr := sys->fildes(2);

	b := bufio->sopen(LOG);
	hosts: list of ref Host;
	nline := 0;
	errors: list of string;
	for(;;){
		time := field(b);
		if(time == nil)
			break;
		nline++;
		name := field(b);
		lev := levelof(field(b));
		rest := b.gets('\n');
		if(rest != nil && rest[len rest-1] == '\n')
			rest = rest[0:len rest-1];
		if(lev < 0 || name == nil){
			sys->fprint(stderr, "line %d: malformed: %s\n", nline, time);
			continue;
		}
		h: ref Host;
		(hosts, h) = hostfor(hosts, name);
		h.count[lev]++;
		if(lev == 3)
			errors = time + " " + name + ": " + rest :: errors;
		(n, toks) := sys->tokenize(rest, " ");
		if(n == 4 && str->prefix("/", hd tl toks)){
			# method path status bytes
			path := hd tl toks;
			(status, nil) := str->toint(hd tl tl toks, 10);
			h.bytes += int hd tl tl tl toks;
			if(status >= 400)
				h.paths = sys->sprint("%s(%d)", path, status) :: h.paths;
		}
	}
	sys->print("%d lines\n", nline);
	sys->print("%-6s", "host");
	for(i := 0; i < Levels; i++)
		sys->print(" %5s", levelnames[i]);
	sys->print(" %6s  failed\n", "bytes");
	# hosts were prepended; print them in first-seen order
	rev: list of ref Host;
	for(; hosts != nil; hosts = tl hosts)
		rev = hd hosts :: rev;
	for(; rev != nil; rev = tl rev){
		h := hd rev;
		sys->print("%-6s", h.name);
		for(i = 0; i < Levels; i++)
			sys->print(" %5d", h.count[i]);
		sys->print(" %6d  %s\n", h.bytes, str->quoted(h.paths));
	}
	sys->print("errors, newest first:\n");
	for(; errors != nil; errors = tl errors)
		sys->print("  %s\n", hd errors);
}
