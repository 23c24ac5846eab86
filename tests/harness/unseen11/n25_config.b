#args: -v name=styx port=564 timeout=30s mode=ro retries=3 port=5640 colour=blue retries=x
implement Config;

include "sys.m";
	sys: Sys;
include "draw.m";

Config: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Tint, Tstring, Tduration, Tenum: con iota;

Spec: adt {
	key:	string;
	kind:	int;
	lo, hi:	int;
	choices:	list of string;
};

Setting: adt {
	key:	string;
	pick {
	Int =>	n:	int;
	Str =>	s:	string;
	Dur =>	secs:	int;
	}
};

specs: array of Spec;

verbose := 0;
errors := 0;

complain(s: string)
{
	sys->fprint(sys->fildes(2), "config: %s\n", s);
	errors++;
}

isnum(s: string): int
{
	if(s == nil)
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

convert(sp: Spec, v: string): ref Setting
{
	case sp.kind {
	Tstring =>
		return ref Setting.Str(sp.key, v);
	Tint =>
		if(!isnum(v))
			raise "not a number: " + v;
		n := int v;
		if(n < sp.lo || n > sp.hi)
			raise sys->sprint("%d outside %d..%d", n, sp.lo, sp.hi);
		return ref Setting.Int(sp.key, n);
	Tduration =>
		mult := 1;
		case v[len v - 1] {
		's' =>	mult = 1;
		'm' =>	mult = 60;
		'h' =>	mult = 3600;
		* =>	raise "duration needs a unit: " + v;
		}
		return ref Setting.Dur(sp.key, int v[0:len v - 1] * mult);
	Tenum =>
		for(l := sp.choices; l != nil; l = tl l)
			if(hd l == v)
				return ref Setting.Str(sp.key, v);
		raise "unknown choice " + v;
	}
	raise "internal: bad kind";
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	specs = array[] of {
		Spec("name", Tstring, 0, 0, nil),
		Spec("port", Tint, 1, 9999, nil),
		Spec("timeout", Tduration, 1, 3600, nil),
		Spec("mode", Tenum, 0, 0, "ro" :: "rw" :: "append" :: nil),
		Spec("retries", Tint, 0, 10, nil),
	};
	settings: list of ref Setting;
	for(argv = tl argv; argv != nil; argv = tl argv){
		a := hd argv;
		if(a == "-v"){
			verbose = 1;
			continue;
		}
		(n, kv) := sys->tokenize(a, "=");
		if(n != 2){
			complain("malformed " + a);
			continue;
		}
		(k, v) := (hd kv, hd tl kv);
		sp: Spec;
		found := 0;
		for(i := 0; i < len specs; i++)
			if(specs[i].key == k){
				(sp, found) = (specs[i], 1);
				break;
			}
		if(!found){
			complain("unknown key " + k);
			continue;
		}
		{
			s := convert(sp, v);
			for(l := settings; l != nil; l = tl l)
				if((hd l).key == k && verbose)
					sys->print("note: %s overridden\n", k);
			settings = s :: settings;
		} exception e {
		"internal:*" =>
			raise;
		"*" =>
			complain(k + ": " + e);
		}
	}
	seen: list of string;
	for(l := settings; l != nil; l = tl l){
		s := hd l;
		dup := 0;
		for(x := seen; x != nil; x = tl x)
			if(hd x == s.key)
				dup = 1;
		if(dup)
			continue;
		seen = s.key :: seen;
		pick p := s {
		Int =>	sys->print("%-8s = %d\n", p.key, p.n);
		Str =>	sys->print("%-8s = %q\n", p.key, p.s);
		Dur =>	sys->print("%-8s = %dm%02ds\n", p.key, p.secs/60, p.secs%60);
		}
	}
	if(errors)
		raise sys->sprint("fail:%d config errors", errors);
	sys->print("config ok\n");
}
