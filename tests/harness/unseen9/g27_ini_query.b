#args: -s server -k port -k name -l
implement IniQuery;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;
include "arg.m";
	arg: Arg;

IniQuery: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

CFG: con "/tmp/g27_ini_query.ini";

config := "# sample configuration\n" +
	"[server]\n" +
	"name = alpha one\n" +
	"port=8080\n" +
	"  timeout = 30   ; seconds\n" +
	"\n" +
	"[client]\n" +
	"name = beta\n" +
	"retries = 3\n" +
	"bad line without equals\n" +
	"[server]\n" +
	"port = 9090\n";

Entry: adt {
	section, key, val: string;
	line: int;
};

trim(s: string): string
{
	s = str->drop(s, " \t");
	i := len s;
	while(i > 0 && (s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\n'))
		i--;
	return s[0:i];
}

parse(path: string): list of ref Entry
{
	b := bufio->open(path, Bufio->OREAD);
	if(b == nil){
		sys->print("open config: %r\n");
		return nil;
	}
	sect := "";
	ents: list of ref Entry;
	lineno := 0;
	while((l := b.gets('\n')) != nil){
		lineno++;
		(l, nil) = str->splitl(l, "#;");
		l = trim(l);
		if(l == nil)
			continue;
		if(l[0] == '['){
			(s, nil) := str->splitl(l[1:], "]");
			sect = s;
			continue;
		}
		(k, v) := str->splitl(l, "=");
		if(v == nil){
			sys->print("line %d: syntax error: %q\n", lineno, l);
			continue;
		}
		ents = ref Entry(sect, trim(k), trim(v[1:]), lineno) :: ents;
	}
	return ents;	# newest first, so later settings win on lookup
}

lookup(ents: list of ref Entry, sect, key: string): ref Entry
{
	for(; ents != nil; ents = tl ents)
		if((hd ents).section == sect && (hd ents).key == key)
			return hd ents;
	return nil;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	arg = load Arg Arg->PATH;

	sect := "client";
	keys: list of string;
	listall := 0;
	arg->init(args);
	while((c := arg->opt()) != 0)
		case c {
		's' =>	sect = arg->earg();
		'k' =>	keys = arg->earg() :: keys;
		'l' =>	listall = 1;
		}

	fd := sys->create(CFG, Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", config);
	fd = nil;

	ents := parse(CFG);
	sys->print("%d entries\n", len ents);
	for(k := keys; k != nil; k = tl k){
		e := lookup(ents, sect, hd k);
		if(e == nil)
			sys->print("%s.%s: not set\n", sect, hd k);
		else
			sys->print("%s.%s = %q (line %d)\n", sect, hd k, e.val, e.line);
	}
	if(lookup(ents, sect, "missing") == nil)
		sys->print("%s.missing: not set\n", sect);
	if(listall){
		rev: list of ref Entry;
		for(; ents != nil; ents = tl ents)
			rev = hd ents :: rev;
		for(; rev != nil; rev = tl rev){
			e := hd rev;
			words := str->unquoted(e.val);
			sys->print("  [%s] %s -> %d word(s): %s\n", e.section, e.key, len words, str->quoted(words));
		}
	}
	sys->remove(CFG);
}
