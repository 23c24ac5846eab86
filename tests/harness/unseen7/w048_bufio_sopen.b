implement BufioStr;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

BufioStr: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Ini: con "[server]\nhost = example.org\nport=8080\n\n; comment line\n[client]\nretries = 3\nname =  bob smith \n";

Section: adt {
	name: string;
	keys: list of (string, string);
};

trim(s: string): string
{
	s = str->drop(s, " \t");
	i := len s;
	while(i > 0 && (s[i-1] == ' ' || s[i-1] == '\t'))
		i--;
	return s[:i];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	b := bufio->sopen(Ini);
	secs: list of ref Section;
	cur: ref Section;
	lineno := 0;
	while((l := b.gets('\n')) != nil){
		lineno++;
		if(l[len l - 1] == '\n')
			l = l[:len l - 1];
		l = trim(l);
		if(l == "" || l[0] == ';')
			continue;
		if(l[0] == '['){
			cur = ref Section(l[1:len l - 1], nil);
			secs = cur :: secs;
			continue;
		}
		(k, v) := str->splitl(l, "=");
		if(v == nil){
			sys->print("line %d: no '='\n", lineno);
			continue;
		}
		cur.keys = (trim(k), trim(v[1:])) :: cur.keys;
	}
	sys->print("%d lines read\n", lineno);
	for(; secs != nil; secs = tl secs){
		s := hd secs;
		sys->print("section %s (%d keys)\n", s.name, len s.keys);
		for(kl := s.keys; kl != nil; kl = tl kl){
			(k, v) := hd kl;
			sys->print("  %s=%q\n", k, v);
		}
	}
	b = bufio->aopen(array of byte "x y\nz");
	sys->print("aopen: %q %q\n", b.gets('\n'), b.gets('\n'));
}
