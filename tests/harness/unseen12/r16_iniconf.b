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
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

CONF: con "/tmp/r_iniconf.ini";

TEXT := array[] of {
	"# server configuration",
	"[server]",
	"host = example.net",
	"port=8080",
	"root = /srv/${server.host}/www",
	"",
	"[log]",
	"level = debug   ; trailing comment",
	"file = ${server.root}/../logs/access.log",
	"rotate = yes",
	"motd = welcome to \\",
	"   the test server",
	"this line is wrong",
	"[limits",
	"[limits]",
	"maxconn = 250",
	"timeout = 2.5",
	"maxconn = 300",
	"loop = ${limits.loop}x",
};

Entry: adt {
	section, key, val:	string;
	line:	int;
};

Config: adt {
	entries:	list of ref Entry;
	nerr:	int;

	read:	fn(path: string): ref Config;
	get:	fn(c: self ref Config, name: string): string;
	getint:	fn(c: self ref Config, name: string, def: int): int;
	expand:	fn(c: self ref Config, s: string, depth: int): string;
};

trim(s: string): string
{
	s = str->drop(s, " \t");
	for(n := len s; n > 0 && (s[n-1] == ' ' || s[n-1] == '\t'); n--)
		;
	return s[0:n];
}

Config.read(path: string): ref Config
{
	b := bufio->open(path, Bufio->OREAD);
	if(b == nil)
		return nil;
	c := ref Config(nil, 0);
	section := "";
	lineno := 0;
	while((s := b.gets('\n')) != nil){
		lineno++;
		(s, nil) = str->splitl(s, "#;\n");
		s = trim(s);
		# continuation lines
		while(len s > 0 && s[len s-1] == '\\' && (more := b.gets('\n')) != nil){
			lineno++;
			(more, nil) = str->splitl(more, "#;\n");
			s = s[0:len s-1] + trim(more);
		}
		if(s == nil)
			continue;
		if(s[0] == '['){
			if(s[len s-1] != ']'){
				sys->fprint(sys->fildes(2), "%s:%d: bad section header\n", path, lineno);
				c.nerr++;
				continue;
			}
			section = trim(s[1:len s-1]);
			continue;
		}
		(k, v) := str->splitl(s, "=");
		if(v == nil){
			sys->fprint(sys->fildes(2), "%s:%d: expected key = value\n", path, lineno);
			c.nerr++;
			continue;
		}
		c.entries = ref Entry(section, trim(k), trim(v[1:]), lineno) :: c.entries;
	}
	b.close();
	return c;
}

# later definitions win: entries is newest first
Config.get(c: self ref Config, name: string): string
{
	(sec, key) := str->splitr(name, ".");
	if(sec != nil)
		sec = sec[0:len sec-1];
	for(l := c.entries; l != nil; l = tl l)
		if((hd l).section == sec && (hd l).key == key)
			return c.expand((hd l).val, 0);
	return nil;
}

Config.getint(c: self ref Config, name: string, def: int): int
{
	v := c.get(name);
	if(v == nil)
		return def;
	(n, rest) := str->toint(v, 10);
	if(rest != nil)
		return def;
	return n;
}

Config.expand(c: self ref Config, s: string, depth: int): string
{
	if(depth > 5)
		return "<loop>";
	r := "";
	for(;;){
		(pre, ref1) := str->splitstrl(s, "${");
		r += pre;
		if(ref1 == nil)
			return r;
		(name, post) := str->splitl(ref1[2:], "}");
		if(post == nil)
			return r + ref1;
		for(l := c.entries; l != nil; l = tl l)
			if((hd l).section + "." + (hd l).key == name)
				break;
		if(l != nil)
			r += c.expand((hd l).val, depth+1);
		else
			r += "?" + name + "?";
		s = post[1:];
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;

	out := bufio->create(CONF, Bufio->OWRITE, 8r644);
	for(i := 0; i < len TEXT; i++)
		out.puts(TEXT[i] + "\n");
	out.close();

	c := Config.read(CONF);
	sys->print("%d entries, %d errors\n", len c.entries, c.nerr);
	names := array[] of {"server.host", "server.port", "server.root", "log.level", "log.file",
		"log.motd", "limits.maxconn", "limits.timeout", "limits.loop", "log.missing"};
	for(i = 0; i < len names; i++){
		v := c.get(names[i]);
		if(v == nil)
			v = "(unset)";
		sys->print("%-15s = %s\n", names[i], v);
	}
	sys->print("port+1 = %d\n", c.getint("server.port", 80) + 1);
	sys->print("timeout as int = %d (default used)\n", c.getint("limits.timeout", 30));
	sys->remove(CONF);
}
