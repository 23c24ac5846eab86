implement ConfigCheck;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

ConfigCheck: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

CONF: con "/tmp/o_24_service.conf";

Entry: adt {
	line:	int;
	key:	string;
	val:	string;
};

sample := "# service configuration\n" +
	"name = relay\n" +
	"listen = tcp!*!5640\n" +
	"\n" +
	"workers = 4\n" +
	"timeout = 250\n" +
	"colour = blue\n" +
	"port = 70000\n" +
	"logfile = /tmp/o_24_relay.log\n";

# parser thread: reads the file through bufio and emits entries
parse(path: string, out: chan of ref Entry, errc: chan of string)
{
	f := bufio->open(path, Bufio->OREAD);
	if(f == nil){
		errc <-= sys->sprint("open %s: %r", path);
		return;
	}
	errc <-= nil;
	n := 0;
	while((s := f.gets('\n')) != nil){
		n++;
		if(s[len s - 1] == '\n')
			s = s[0:len s - 1];
		if(s == nil || s[0] == '#')
			continue;
		(nf, fl) := sys->tokenize(s, "= \t");
		if(nf != 2){
			out <-= ref Entry(n, "?", s);
			continue;
		}
		out <-= ref Entry(n, hd fl, hd tl fl);
	}
	out <-= nil;
}

isnum(s: string): int
{
	if(s == nil)
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

check(e: ref Entry)
{
	case e.key {
	"workers" or "timeout" or "port" =>
		if(!isnum(e.val))
			raise sys->sprint("fail:line %d: %s is not a number", e.line, e.key);
		v := int e.val;
		if(e.key == "port" && (v < 1 || v > 65535))
			raise sys->sprint("fail:line %d: port %d out of range", e.line, v);
		if(e.key == "workers" && v > 64)
			raise sys->sprint("fail:line %d: too many workers", e.line);
	"name" or "listen" or "logfile" =>
		;
	* =>
		raise sys->sprint("warn:line %d: unknown key %s", e.line, e.key);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	fd := sys->create(CONF, Sys->OWRITE, 8r644);
	if(fd == nil)
		raise "fail:cannot create config";
	sys->fprint(fd, "%s", sample);
	fd = nil;

	out := chan[2] of ref Entry;
	errc := chan of string;
	spawn parse(CONF, out, errc);
	if((err := <-errc) != nil)
		raise "fail:" + err;
	entries: list of ref Entry;
	while((e := <-out) != nil)
		entries = e :: entries;
	sys->remove(CONF);

	# validate in file order
	ordered: list of ref Entry;
	for(; entries != nil; entries = tl entries)
		ordered = hd entries :: ordered;
	good := 0;
	for(l := ordered; l != nil; l = tl l){
		e := hd l;
		sys->print("line %d: %-8s = %s\n", e.line, e.key, e.val);
		{
			check(e);
			good++;
		}exception x{
		"warn:*" =>
			sys->fprint(sys->fildes(2), "warning: %s\n", x[5:]);
		}
	}
	sys->print("%d entries valid\n", good);
}
