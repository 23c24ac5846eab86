implement Config;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Config: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

CFG: con "/tmp/i13_config_test.conf";

text := "# sample configuration\n" +
	"name = \"my server\"   # trailing comment\n" +
	"port = 8080\n" +
	"debug = yes\n" +
	"\n" +
	"[storage]\n" +
	"root = /var/data\n" +
	"quota = 12x\n" +
	"replicas = 3\n" +
	"path = /a:\\\n" +
	"       /b:\\\n" +
	"       /c\n" +
	"[storage]\n" +
	"compress = maybe\n" +
	"[net\n" +
	"[net]\n" +
	"timeout = 30\n" +
	"timeout = 45\n" +
	"listen\n" +
	"motd = \"unterminated\n" +
	"= novalue\n" +
	"retries = -2\n";

Str, Int, Bool: con iota;

# schema: section.key kind
schema := array[] of {
	(".name", Str), (".port", Int), (".debug", Bool),
	("storage.root", Str), ("storage.quota", Int), ("storage.replicas", Int),
	("storage.path", Str), ("storage.compress", Bool),
	("net.timeout", Int), ("net.motd", Str), ("net.retries", Int),
};

Setting: adt {
	key:	string;
	val:	string;
	line:	int;
};

errors: list of string;
nerr := 0;

err(line: int, msg: string)
{
	errors = sys->sprint("%s:%d: %s", CFG, line, msg) :: errors;
	nerr++;
}

trim(s: string): string
{
	i := 0;
	while(i < len s && (s[i] == ' ' || s[i] == '\t'))
		i++;
	j := len s;
	while(j > i && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n'))
		j--;
	return s[i:j];
}

stripcomment(s: string): (string, int)
{
	inq := 0;
	for(i := 0; i < len s; i++){
		if(s[i] == '"')
			inq = !inq;
		else if(s[i] == '#' && !inq)
			return (s[0:i], 0);
	}
	return (s, inq);
}

kindof(key: string): int
{
	for(i := 0; i < len schema; i++){
		(k, t) := schema[i];
		if(k == key)
			return t;
	}
	return -1;
}

check(key, val: string, line: int): string
{
	case kindof(key) {
	-1 =>
		err(line, "unknown key " + key);
		return nil;
	Int =>
		if(val == ""){
			err(line, key + ": empty number");
			return nil;
		}
		for(i := 0; i < len val; i++)
			if(val[i] < '0' || val[i] > '9'){
				err(line, sys->sprint("%s: '%s' is not a non-negative integer", key, val));
				return nil;
			}
	Bool =>
		case val {
		"yes" or "true" or "on" or "1" =>	return "true";
		"no" or "false" or "off" or "0" =>	return "false";
		}
		err(line, sys->sprint("%s: '%s' is not a boolean", key, val));
		return nil;
	Str =>
		if(len val >= 2 && val[0] == '"' && val[len val-1] == '"')
			return val[1:len val-1];
	}
	return val;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;

	fd := sys->create(CFG, Sys->OWRITE, 8r644);
	sys->write(fd, array of byte text, len array of byte text);
	fd = nil;

	f := bufio->open(CFG, Bufio->OREAD);
	section := "";
	seen: list of string;
	settings: list of ref Setting;
	lineno := 0;
	while((s := f.gets('\n')) != nil){
		lineno++;
		start := lineno;
		# continuation lines
		for(;;){
			t := trim(s);
			if(len t == 0 || t[len t - 1] != '\\')
				break;
			more := f.gets('\n');
			if(more == nil)
				break;
			lineno++;
			s = t[0:len t-1] + trim(more);
		}
		(body, openq) := stripcomment(s);
		body = trim(body);
		if(body == "")
			continue;
		if(openq){
			err(start, "unterminated string");
			continue;
		}
		if(body[0] == '['){
			if(body[len body-1] != ']'){
				err(start, "malformed section header");
				continue;
			}
			section = trim(body[1:len body-1]);
			for(l := seen; l != nil; l = tl l)
				if(hd l == section)
					err(start, "section [" + section + "] repeated (merged)");
			seen = section :: seen;
			continue;
		}
		eq := 0;
		for(i := 0; i < len body; i++)
			if(body[i] == '='){
				eq = i;
				break;
			}
		if(eq == 0){
			if(body[0] == '=')
				err(start, "missing key");
			else
				err(start, "expected key = value");
			continue;
		}
		key := section + "." + trim(body[0:eq]);
		val := check(key, trim(body[eq+1:]), start);
		if(val == nil && kindof(key) != Str)
			continue;
		found := 0;
		for(sl := settings; sl != nil; sl = tl sl)
			if((hd sl).key == key){
				err(start, sys->sprint("%s redefined (first set on line %d)", key, (hd sl).line));
				(hd sl).val = val;
				(hd sl).line = start;
				found = 1;
				break;
			}
		if(!found)
			settings = ref Setting(key, val, start) :: settings;
	}
	f = nil;

	sys->print("accepted settings:\n");
	for(i := 0; i < len schema; i++){
		(k, nil) := schema[i];
		for(sl := settings; sl != nil; sl = tl sl)
			if((hd sl).key == k)
				sys->print("  %-18s = %-16q (line %d)\n", k, (hd sl).val, (hd sl).line);
	}
	sys->print("\n%d error(s):\n", nerr);
	r: list of string;
	for(; errors != nil; errors = tl errors)
		r = hd errors :: r;
	for(; r != nil; r = tl r)
		sys->print("  %s\n", hd r);
	sys->remove(CFG);
	if(nerr > 0)
		raise sys->sprint("fail:config has %d errors", nerr);
	sys->print("config ok\n");
}
