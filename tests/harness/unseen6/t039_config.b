implement Config;

include "sys.m";
	sys: Sys;
include "draw.m";

Config: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Setting: adt {
	key:	string;
	pick {
	Int =>
		v: int;
		lo, hi: int;
	Str =>
		s: string;
	Flag =>
		on: int;
	}
};

schema: list of ref Setting;

lookup(key: string): ref Setting
{
	for(l := schema; l != nil; l = tl l)
		if((hd l).key == key)
			return hd l;
	return nil;
}

apply(line: string)
{
	(n, f) := sys->tokenize(line, "= \t");
	if(n != 2)
		raise "config: malformed: " + line;
	key := hd f;
	val := hd tl f;
	s := lookup(key);
	if(s == nil)
		raise "config: unknown key " + key;
	pick x := s {
	Int =>
		v := int val;
		if(string v != val)
			raise sys->sprint("config: %s: not an integer: %q", key, val);
		if(v < x.lo || v > x.hi)
			raise sys->sprint("config: %s=%d outside [%d,%d]", key, v, x.lo, x.hi);
		x.v = v;
	Str =>
		x.s = val;
	Flag =>
		case val {
		"yes" or "on" or "true" => x.on = 1;
		"no" or "off" or "false" => x.on = 0;
		* => raise "config: bad flag " + val;
		}
	}
}

dump()
{
	for(l := schema; l != nil; l = tl l)
		pick x := hd l {
		Int => sys->print("  %-8s int  %d\n", x.key, x.v);
		Str => sys->print("  %-8s str  %q\n", x.key, x.s);
		Flag => sys->print("  %-8s flag %d\n", x.key, x.on);
		}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	schema = ref Setting.Int("port", 564, 1, 65535) ::
		ref Setting.Str("root", "/") ::
		ref Setting.Flag("debug", 0) ::
		ref Setting.Int("workers", 4, 1, 64) :: nil;
	lenient := array[] of {"port = 6666", "debug=yes", "colour=blue", "workers=0x10", "root=/usr/inferno"};
	for(i := 0; i < len lenient; i++){
		{
			apply(lenient[i]);
			sys->print("ok: %s\n", lenient[i]);
		} exception e {
		"config:*" =>
			sys->print("warning: %s\n", e[8:]);
		}
	}
	dump();
	sys->print("strict pass\n");
	strict := array[] of {"workers=16", "debug=off", "port=70000", "root=/"};
	for(i = 0; i < len strict; i++){
		apply(strict[i]);
		sys->print("ok: %s\n", strict[i]);
	}
	dump();
}
