implement IniConf;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

IniConf: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

CONF: con "/tmp/d18_server.ini";

conftext := array[] of {
	"; server configuration",
	"name = demo server",
	"",
	"[net]",
	"port = 6666",
	"addrs = tcp!*!6666 \\",
	"        udp!*!6667",
	"timeout=30   # seconds",
	"",
	"[auth]",
	"enabled = yes",
	"users = alice, bob ,carol",
	"retries = three",
	"",
	"[net]",
	"port = 7777",
	"[broken",
	"just some words",
	"[paths]",
	"root = /usr/inferno",
	"empty =",
};

Section: adt {
	name: string;
	keys: list of (string, string);
};

Config: adt {
	sections: list of ref Section;
	errors: list of string;

	section: fn(c: self ref Config, name: string, create: int): ref Section;
	get: fn(c: self ref Config, sect, key: string): (string, int);
	getint: fn(c: self ref Config, sect, key: string, def: int): int;
	getbool: fn(c: self ref Config, sect, key: string): int;
	getlist: fn(c: self ref Config, sect, key: string): list of string;
};

Config.section(c: self ref Config, name: string, create: int): ref Section
{
	for(l := c.sections; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	if(!create)
		return nil;
	s := ref Section(name, nil);
	c.sections = s :: c.sections;
	return s;
}

Config.get(c: self ref Config, sect, key: string): (string, int)
{
	s := c.section(sect, 0);
	if(s == nil)
		return (nil, 0);
	for(l := s.keys; l != nil; l = tl l){
		(k, v) := hd l;
		if(k == key)
			return (v, 1);
	}
	return (nil, 0);
}

Config.getint(c: self ref Config, sect, key: string, def: int): int
{
	(v, ok) := c.get(sect, key);
	if(!ok)
		return def;
	(n, rest) := str->toint(v, 10);
	if(rest != nil || v == nil){
		c.errors = sys->sprint("%s.%s: not a number: %q", sect, key, v) :: c.errors;
		return def;
	}
	return n;
}

Config.getbool(c: self ref Config, sect, key: string): int
{
	(v, nil) := c.get(sect, key);
	case str->tolower(v) {
	"yes" or "true" or "on" or "1" =>
		return 1;
	}
	return 0;
}

Config.getlist(c: self ref Config, sect, key: string): list of string
{
	(v, nil) := c.get(sect, key);
	r: list of string;
	while(v != nil){
		item: string;
		(item, v) = str->splitl(v, ",");
		if(v != nil)
			v = v[1:];
		r = trim(item) :: r;
	}
	out: list of string;
	for(; r != nil; r = tl r)
		out = hd r :: out;
	return out;
}

trim(s: string): string
{
	s = str->drop(s, " \t");
	(s, nil) = str->splitr(s, "^ \t");
	return s;
}

load_conf(path: string): ref Config
{
	cfg := ref Config(nil, nil);
	iob := bufio->open(path, Bufio->OREAD);
	if(iob == nil)
		return nil;
	cur := cfg.section("", 1);
	lineno := 0;
	pending := "";
	while((line := iob.gets('\n')) != nil){
		lineno++;
		(line, nil) = str->splitl(line, "\n");
		if(len line > 0 && line[len line - 1] == '\\'){
			pending += line[0:len line - 1];
			continue;
		}
		line = trim(pending + line);
		pending = "";
		if(line == nil || line[0] == ';')
			continue;
		(line, nil) = str->splitl(line, "#");
		line = trim(line);
		if(line[0] == '['){
			if(line[len line - 1] != ']'){
				cfg.errors = sys->sprint("line %d: bad section header", lineno) :: cfg.errors;
				continue;
			}
			cur = cfg.section(trim(line[1:len line - 1]), 1);
			continue;
		}
		(k, v) := str->splitl(line, "=");
		if(v == nil){
			cfg.errors = sys->sprint("line %d: expected key = value", lineno) :: cfg.errors;
			continue;
		}
		cur.keys = (trim(k), trim(v[1:])) :: cur.keys;
	}
	iob.close();
	return cfg;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	fd := sys->create(CONF, Sys->OWRITE, 8r644);
	for(i := 0; i < len conftext; i++)
		sys->fprint(fd, "%s\n", conftext[i]);
	fd = nil;

	cfg := load_conf(CONF);
	sys->remove(CONF);
	(name, nil) := cfg.get("", "name");
	sys->print("name %q\n", name);
	sys->print("port %d (later definition wins)\n", cfg.getint("net", "port", 0));
	sys->print("timeout %d\n", cfg.getint("net", "timeout", -1));
	(addrs, nil) := cfg.get("net", "addrs");
	sys->print("addrs %q\n", addrs);
	sys->print("auth enabled %d\n", cfg.getbool("auth", "enabled"));
	sys->print("users:");
	for(u := cfg.getlist("auth", "users"); u != nil; u = tl u)
		sys->print(" <%s>", hd u);
	sys->print("\n");
	sys->print("retries %d\n", cfg.getint("auth", "retries", 5));
	(e, found) := cfg.get("paths", "empty");
	sys->print("paths.empty found=%d value=%q\n", found, e);
	(nil, found) = cfg.get("paths", "missing");
	sys->print("paths.missing found=%d\n", found);
	sys->print("sections:");
	for(s := cfg.sections; s != nil; s = tl s)
		sys->print(" %q(%d)", (hd s).name, len (hd s).keys);
	sys->print("\nerrors:\n");
	for(errs := cfg.errors; errs != nil; errs = tl errs)
		sys->print("  %s\n", hd errs);
	if(load_conf(CONF) == nil)
		sys->print("config file gone after removal\n");
}
