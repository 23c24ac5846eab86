#args: name=demo port=8080 verbose=yes retries=3 ratio=0.75 port=9090 timeout=abc
implement KvFail;

include "sys.m";
	sys: Sys;
include "draw.m";

KvFail: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Val: adt {
	pick {
	Int =>
		i: int;
	Real =>
		r: real;
	Bool =>
		b: int;
	Str =>
		s: string;
	}
};

Entry: adt {
	key: string;
	val: ref Val;
};

isint(s: string): int
{
	if(s == nil)
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

isreal(s: string): int
{
	dot := 0;
	for(i := 0; i < len s; i++)
		if(s[i] == '.')
			dot++;
		else if(s[i] < '0' || s[i] > '9')
			return 0;
	return dot == 1 && len s > 1;
}

classify(s: string): ref Val
{
	case s {
	"yes" or "true" or "on" =>
		return ref Val.Bool(1);
	"no" or "false" or "off" =>
		return ref Val.Bool(0);
	}
	if(isint(s))
		return ref Val.Int(int s);
	if(isreal(s))
		return ref Val.Real(real s);
	return ref Val.Str(s);
}

show(v: ref Val): string
{
	pick x := v {
	Int =>	return "int " + string x.i;
	Real =>	return sys->sprint("real %g", x.r);
	Bool =>	return "bool " + string x.b;
	Str =>	return "str " + x.s;
	}
	return "?";
}

# numeric keys must hold ints
NUMERIC := array[] of {"port", "retries", "timeout"};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);

	entries: list of ref Entry;
	for(a := tl argv; a != nil; a = tl a) {
		(n, parts) := sys->tokenize(hd a, "=");
		if(n != 2) {
			sys->fprint(stderr, "ignoring %q\n", hd a);
			continue;
		}
		k := hd parts;
		dup := 0;
		for(l := entries; l != nil; l = tl l)
			if((hd l).key == k) {
				sys->fprint(stderr, "warning: %s redefined (%s -> %s)\n", k, show((hd l).val), hd tl parts);
				(hd l).val = classify(hd tl parts);
				dup = 1;
			}
		if(!dup)
			entries = ref Entry(k, classify(hd tl parts)) :: entries;
	}

	sys->print("%d settings\n", len entries);
	for(l := entries; l != nil; l = tl l)
		sys->print("  %-8s %s\n", (hd l).key, show((hd l).val));

	for(i := 0; i < len NUMERIC; i++) {
		for(l = entries; l != nil; l = tl l) {
			e := hd l;
			if(e.key != NUMERIC[i])
				continue;
			pick v := e.val {
			Int =>
				sys->print("check %s: %d ok\n", e.key, v.i);
			* =>
				sys->fprint(stderr, "config: %s must be an integer, got %s\n", e.key, show(e.val));
				raise "fail:bad config";
			}
		}
	}
	sys->print("config valid\n");
}
