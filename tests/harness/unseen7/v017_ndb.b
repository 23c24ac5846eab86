implement Ndbq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Ndbq: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Tuple: adt {
	attr:	string;
	val:	string;
};

Entry: adt {
	line:	int;
	pairs:	list of Tuple;
	find:	fn(e: self ref Entry, attr: string): list of string;
	has:	fn(e: self ref Entry, attr, val: string): int;
};

Entry.find(e: self ref Entry, attr: string): list of string
{
	r: list of string;
	for(l := e.pairs; l != nil; l = tl l)
		if((hd l).attr == attr)
			r = (hd l).val :: r;
	return r;
}

Entry.has(e: self ref Entry, attr, val: string): int
{
	for(l := e.pairs; l != nil; l = tl l)
		if((hd l).attr == attr && (val == "*" || (hd l).val == val))
			return 1;
	return 0;
}

DB: con "/tmp/v017_ndb";

text := "# local network\n" +
	"ipnet=lab ip=10.1.0.0 ipmask=255.255.0.0\n" +
	"\tdns=10.1.0.2\n" +
	"\tauth=kremvax\n" +
	"\n" +
	"sys=kremvax ip=10.1.0.5 ether=0800690222f0\n" +
	"\tdom=kremvax.lab.example proto=il\n" +
	"sys=gnot ip=10.1.0.9\n" +
	"\tdom='gnot terminal' cpu=386\n" +
	"sys=helix ip=10.1.0.7 ip=10.2.0.7 cpu=arm\n";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	fd := sys->create(DB, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "ndbq: %s: %r\n", DB);
		raise "fail:create";
	}
	sys->fprint(fd, "%s", text);
	fd = nil;
	entries := parse(DB);
	sys->print("%d entries\n", len entries);
	for(l := entries; l != nil; l = tl l){
		e := hd l;
		sys->print("entry@%d:", e.line);
		for(p := e.pairs; p != nil; p = tl p)
			sys->print(" %s=%q", (hd p).attr, (hd p).val);
		sys->print("\n");
	}
	query(entries, "sys", "gnot", "dom");
	query(entries, "ip", "10.2.0.7", "sys");
	query(entries, "cpu", "*", "sys");
	query(entries, "sys", "kremvax", "ether");
	query(entries, "sys", "nosuch", "ip");
	query(entries, "sys", "helix", "ip");
	sys->remove(DB);
}

query(entries: list of ref Entry, attr, val, rattr: string)
{
	sys->print("query %s=%s %s:", attr, val, rattr);
	n := 0;
	for(; entries != nil; entries = tl entries){
		e := hd entries;
		if(!e.has(attr, val))
			continue;
		for(v := e.find(rattr); v != nil; v = tl v){
			sys->print(" %s", hd v);
			n++;
		}
	}
	if(n == 0)
		sys->print(" none");
	sys->print("\n");
}

parse(file: string): list of ref Entry
{
	f := bufio->open(file, Bufio->OREAD);
	if(f == nil){
		sys->fprint(sys->fildes(2), "ndbq: can't open %s: %r\n", file);
		raise "fail:open";
	}
	entries: list of ref Entry;
	cur: ref Entry;
	ln := 0;
	while((s := f.gets('\n')) != nil){
		ln++;
		if(len s > 0 && s[len s-1] == '\n')
			s = s[0:len s-1];
		if(s == "" || s[0] == '#'){
			cur = nil;
			continue;
		}
		cont := s[0] == ' ' || s[0] == '\t';
		if(!cont || cur == nil){
			cur = ref Entry(ln, nil);
			entries = cur :: entries;
		}
		for(t := pairs(s); t != nil; t = tl t)
			cur.pairs = hd t :: cur.pairs;
	}
	r: list of ref Entry;
	for(; entries != nil; entries = tl entries){
		e := hd entries;
		p: list of Tuple;
		for(q := e.pairs; q != nil; q = tl q)
			p = hd q :: p;
		e.pairs = p;
		r = e :: r;
	}
	return r;
}

pairs(s: string): list of Tuple
{
	l: list of Tuple;
	i := 0;
	while(i < len s){
		while(i < len s && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if(i >= len s)
			break;
		st := i;
		while(i < len s && s[i] != '=' && s[i] != ' ' && s[i] != '\t')
			i++;
		attr := s[st:i];
		val := "";
		if(i < len s && s[i] == '='){
			i++;
			if(i < len s && s[i] == '\''){
				i++;
				st = i;
				while(i < len s && s[i] != '\'')
					i++;
				val = s[st:i];
				i++;
			}else{
				st = i;
				while(i < len s && s[i] != ' ' && s[i] != '\t')
					i++;
				val = s[st:i];
			}
		}
		l = Tuple(attr, val) :: l;
	}
	r: list of Tuple;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}
