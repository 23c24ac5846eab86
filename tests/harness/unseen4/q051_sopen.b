implement SOpen;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

SOpen: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# an INI-style parser over an in-memory buffer
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	src := "; sample\n[server]\nport = 8080\nname = \"styx host\"\n\n[client]\nretries=3\ntimeout =  2.5\nbad line\n";
	b := bufio->sopen(src);
	section := "none";
	lineno := 0;
	while((l := b.gets('\n')) != nil){
		lineno++;
		l = str->drop(l, " \t");
		(l, nil) = str->splitl(l, "\n");
		if(l == nil || l[0] == ';')
			continue;
		if(l[0] == '['){
			(section, nil) = str->splitl(l[1:], "]");
			sys->print("section %s\n", section);
			continue;
		}
		(k, v) := str->splitl(l, "=");
		if(v == nil){
			sys->print("line %d: no '=' in %q\n", lineno, l);
			continue;
		}
		(k, nil) = str->splitr(k, "^ \t");
		v = str->drop(v[1:], " \t");
		if(len v >= 2 && v[0] == '"')
			v = v[1:len v - 1];
		(iv, rest) := str->toint(v, 10);
		if(rest == nil)
			sys->print("  %s.%s = int %d\n", section, k, iv);
		else
			sys->print("  %s.%s = str %q\n", section, k, v);
	}
	# aopen over bytes, reading with getb and counting
	data := array of byte "ab\ncd\n\nef";
	a := bufio->aopen(data);
	nl := 0;
	nb := 0;
	while((c := a.getb()) != Bufio->EOF){
		nb++;
		if(c == '\n')
			nl++;
	}
	sys->print("aopen: %d bytes %d newlines\n", nb, nl);
	# read into an array
	s2 := bufio->sopen("0123456789");
	buf := array[4] of byte;
	for(;;){
		n := s2.read(buf, len buf);
		if(n <= 0)
			break;
		sys->print("read %d: %s\n", n, string buf[0:n]);
	}
}
