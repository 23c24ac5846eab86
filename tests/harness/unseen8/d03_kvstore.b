implement KvStore;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

KvStore: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

SCRIPT: con "/tmp/d03_kv_script";

Entry: adt {
	key: string;
	val: string;
	version: int;
};

Store: adt {
	entries: list of ref Entry;
	ops: int;

	get: fn(s: self ref Store, k: string): ref Entry;
	put: fn(s: self ref Store, k, v: string): int;
	del: fn(s: self ref Store, k: string): int;
	keys: fn(s: self ref Store): list of string;
};

Store.get(s: self ref Store, k: string): ref Entry
{
	for(l := s.entries; l != nil; l = tl l)
		if((hd l).key == k)
			return hd l;
	return nil;
}

Store.put(s: self ref Store, k, v: string): int
{
	s.ops++;
	e := s.get(k);
	if(e != nil){
		e.val = v;
		e.version++;
		return e.version;
	}
	s.entries = ref Entry(k, v, 1) :: s.entries;
	return 1;
}

Store.del(s: self ref Store, k: string): int
{
	s.ops++;
	nl: list of ref Entry;
	found := 0;
	for(l := s.entries; l != nil; l = tl l)
		if((hd l).key == k)
			found = 1;
		else
			nl = hd l :: nl;
	s.entries = nl;
	return found;
}

# insertion sort of keys
Store.keys(s: self ref Store): list of string
{
	a := array[len s.entries] of string;
	n := 0;
	for(l := s.entries; l != nil; l = tl l){
		k := (hd l).key;
		j := n;
		while(j > 0 && a[j-1] > k){
			a[j] = a[j-1];
			j--;
		}
		a[j] = k;
		n++;
	}
	r: list of string;
	for(i := n-1; i >= 0; i--)
		r = a[i] :: r;
	return r;
}

script := array[] of {
	"# a tiny session",
	"put name 'Plan 9'",
	"put os Inferno",
	"put lang Limbo",
	"get os",
	"put os 'Inferno 4th edition'",
	"get os",
	"get missing",
	"put 'two words' yes",
	"append lang ' and Dis'",
	"list",
	"del name",
	"del name",
	"count",
	"frobnicate x",
	"list",
};

writescript()
{
	fd := sys->create(SCRIPT, Sys->OWRITE, 8r600);
	for(i := 0; i < len script; i++)
		sys->fprint(fd, "%s\n", script[i]);
}

exec(s: ref Store, line: string): string
{
	argv := str->unquoted(line);
	if(argv == nil)
		return nil;
	cmd := hd argv;
	argv = tl argv;
	n := len argv;
	case cmd {
	"put" =>
		if(n != 2)
			return "usage: put key value";
		v := s.put(hd argv, hd tl argv);
		return sys->sprint("ok v%d", v);
	"get" =>
		if(n != 1)
			return "usage: get key";
		e := s.get(hd argv);
		if(e == nil)
			return "not found: " + hd argv;
		return sys->sprint("%s = %q (v%d)", e.key, e.val, e.version);
	"append" =>
		e := s.get(hd argv);
		if(e == nil)
			return "not found";
		s.put(e.key, e.val + hd tl argv);
		return "appended";
	"del" =>
		if(s.del(hd argv))
			return "deleted";
		return "no such key";
	"count" =>
		return sys->sprint("%d entries, %d ops", len s.entries, s.ops);
	"list" =>
		r := "";
		for(k := s.keys(); k != nil; k = tl k){
			e := s.get(hd k);
			r += sys->sprint("\n    %s -> %s", str->quoted(e.key :: nil), e.val);
		}
		return "listing:" + r;
	}
	return "unknown command " + cmd;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	writescript();
	iob := bufio->open(SCRIPT, Bufio->OREAD);
	if(iob == nil){
		sys->print("open: %r\n");
		return;
	}
	db := ref Store(nil, 0);
	lineno := 0;
	while((line := iob.gets('\n')) != nil){
		lineno++;
		if(line[len line - 1] == '\n')
			line = line[0:len line - 1];
		if(len line == 0 || line[0] == '#')
			continue;
		r := exec(db, line);
		sys->print("%2d> %s\n    %s\n", lineno, line, r);
	}
	iob.close();
	sys->remove(SCRIPT);
}
