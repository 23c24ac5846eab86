implement ConfigUncaught;

include "sys.m";
	sys: Sys;
include "draw.m";

ConfigUncaught: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Setting: adt {
	key: string;
	val: string;
	line: int;
};

parse(text: string): list of ref Setting
{
	(nil, lines) := sys->tokenize(text, "\n");
	r: list of ref Setting;
	n := 0;
	for(; lines != nil; lines = tl lines){
		n++;
		l := hd lines;
		if(len l > 0 && l[0] == '#')
			continue;
		for(i := 0; i < len l; i++)
			if(l[i] == '=')
				break;
		if(i == len l)
			raise sys->sprint("config: line %d: missing '=' in '%s'", n, l);
		r = ref Setting(l[0:i], l[i+1:], n) :: r;
	}
	return r;
}

validate(s: ref Setting)
{
	case s.key {
	"port" =>
		p := int s.val;
		if(p <= 0 || p > 65535)
			raise "config: bad port " + s.val;
	"name" or "host" =>
		if(s.val == "")
			raise "config: empty " + s.key;
	* =>
		sys->print("  (ignoring unknown key %s on line %d)\n", s.key, s.line);
	}
}

load1(name, text: string)
{
	sys->print("loading %s\n", name);
	l := parse(text);
	for(; l != nil; l = tl l){
		validate(hd l);
		sys->print("  %s = %s\n", (hd l).key, (hd l).val);
	}
	sys->print("%s ok\n", name);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		load1("first", "# comment\nname=alpha\nport=8080\ncolor=blue");
		load1("second", "host=example\nport=99999");
	} exception e {
		"config:*" =>
			sys->print("recovered: %s\n", e);
	}
	sys->fprint(sys->fildes(2), "loading third without a handler\n");
	load1("third", "name=gamma\nthis line is broken\nport=1");
	sys->print("not reached\n");
}
