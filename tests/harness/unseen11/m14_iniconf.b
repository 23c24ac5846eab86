implement IniConf;

include "sys.m";
	sys: Sys;
include "draw.m";

IniConf: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Value: adt {
	pick {
	Int =>
		i:	int;
	Real =>
		r:	real;
	Bool =>
		b:	int;
	Str =>
		s:	string;
	}
};

Item: adt {
	section:	string;
	key:	string;
	val:	ref Value;
	line:	int;
};

config := "; sample configuration\n" +
	"[server]\n" +
	"host = example.org\n" +
	"port=8080\n" +
	"timeout = 2.5\n" +
	"  verbose = yes  \n" +
	"\n" +
	"[paths]\n" +
	"root = \"/usr/inferno\"\n" +
	"log=/tmp/log   # trailing comment\n" +
	"this line is broken\n" +
	"[limits\n" +
	"[limits]\n" +
	"maxconn = 0x40\n" +
	"ratio = -1e-2\n" +
	"enabled = off\n";

trim(s: string): string
{
	i := 0;
	j := len s;
	while(i < j && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while(j > i && (s[j-1] == ' ' || s[j-1] == '\t'))
		j--;
	return s[i:j];
}

classify(s: string): ref Value
{
	case s {
	"yes" or "true" or "on" =>
		return ref Value.Bool(1);
	"no" or "false" or "off" =>
		return ref Value.Bool(0);
	}
	if(len s >= 2 && s[0] == '"' && s[len s - 1] == '"')
		return ref Value.Str(s[1:len s - 1]);
	if(len s > 2 && s[0:2] == "0x"){
		v := 0;
		for(i := 2; i < len s; i++){
			c := s[i];
			if(c >= '0' && c <= '9') v = v*16 + c - '0';
			else if(c >= 'a' && c <= 'f') v = v*16 + c - 'a' + 10;
			else return ref Value.Str(s);
		}
		return ref Value.Int(v);
	}
	digits := 0;
	isreal := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= '0' && c <= '9')
			digits++;
		else if(c == '.' || c == 'e' || c == 'E')
			isreal = 1;
		else if(!(c == '-' || c == '+'))
			return ref Value.Str(s);
	}
	if(digits == 0)
		return ref Value.Str(s);
	if(isreal)
		return ref Value.Real(real s);
	return ref Value.Int(int s);
}

show(v: ref Value): string
{
	pick x := v {
	Int =>	return sys->sprint("int %d", x.i);
	Real =>	return sys->sprint("real %g", x.r);
	Bool =>	if(x.b) return "bool true"; else return "bool false";
	Str =>	return sys->sprint("string %q", x.s);
	}
	return "?";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	items: list of ref Item;
	section := "";
	(nil, lines) := sys->tokenize(config, "\n");
	lineno := 0;
	for(; lines != nil; lines = tl lines){
		lineno++;
		l := hd lines;
		for(c := 0; c < len l; c++)
			if(l[c] == '#' || l[c] == ';'){
				l = l[0:c];
				break;
			}
		l = trim(l);
		if(l == "")
			continue;
		if(l[0] == '['){
			if(l[len l - 1] != ']'){
				sys->fprint(sys->fildes(2), "line %d: bad section header %q\n", lineno, l);
				continue;
			}
			section = l[1:len l - 1];
			continue;
		}
		for(eq := 0; eq < len l && l[eq] != '='; eq++)
			;
		if(eq == len l){
			sys->fprint(sys->fildes(2), "line %d: expected key=value\n", lineno);
			continue;
		}
		items = ref Item(section, trim(l[0:eq]), classify(trim(l[eq+1:])), lineno) :: items;
	}
	sys->print("%d items\n", len items);
	for(r := rev(items); r != nil; r = tl r){
		it := hd r;
		sys->print("%2d  %-20s %s\n", it.line, it.section + "." + it.key, show(it.val));
	}
	# use some typed values
	port := 0;
	timeout := 0.0;
	for(r = items; r != nil; r = tl r)
		pick v := (hd r).val {
		Int => if((hd r).key == "port") port = v.i;
		Real => if((hd r).key == "timeout") timeout = v.r;
		}
	sys->print("connect port %d with %.0fms timeout\n", port, timeout * 1000.0);
}

rev(l: list of ref Item): list of ref Item
{
	r: list of ref Item;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}
