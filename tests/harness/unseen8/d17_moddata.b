implement Tally;

include "sys.m";
	sys: Sys;
include "draw.m";

Tally: module
{
	PATH: con "$self";

	Entry: adt {
		name: string;
		count: int;
	};

	verbose: int;
	total: int;
	entries: list of ref Entry;
	limit: int;
	rejected: array of string;

	init: fn(ctxt: ref Draw->Context, args: list of string);
	add: fn(name: string, n: int): int;
	report: fn(): string;
	reset: fn();
};

nrejected := 0;

add(name: string, n: int): int
{
	if(limit > 0 && total + n > limit){
		if(rejected == nil)
			rejected = array[4] of string;
		if(nrejected == len rejected){
			r := array[2*len rejected] of string;
			r[0:] = rejected;
			rejected = r;
		}
		rejected[nrejected++] = name;
		if(verbose)
			sys->print("  reject %s+%d (limit %d)\n", name, n, limit);
		return 0;
	}
	total += n;
	for(l := entries; l != nil; l = tl l)
		if((hd l).name == name){
			(hd l).count += n;
			if(verbose)
				sys->print("  bump %s -> %d\n", name, (hd l).count);
			return 1;
		}
	entries = ref Entry(name, n) :: entries;
	if(verbose)
		sys->print("  new %s = %d\n", name, n);
	return 1;
}

report(): string
{
	s := sys->sprint("total=%d", total);
	for(l := entries; l != nil; l = tl l)
		s += sys->sprint(" %s:%d", (hd l).name, (hd l).count);
	if(nrejected > 0){
		s += " rejected:";
		for(i := 0; i < nrejected; i++)
			s += " " + rejected[i];
	}
	return s;
}

reset()
{
	total = 0;
	entries = nil;
	rejected = nil;
	nrejected = 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	me := load Tally PATH;
	if(me == nil){
		sys->print("self load failed: %r\n");
		return;
	}
	sys->print("initial: verbose=%d total=%d entries=%d limit=%d\n",
		me->verbose, me->total, len me->entries, me->limit);
	me->verbose = 1;
	items := array[] of {("ants", 3), ("bees", 5), ("ants", 4), ("wasps", 1), ("bees", 2)};
	for(i := 0; i < len items; i++){
		(n, c) := items[i];
		me->add(n, c);
	}
	sys->print("report: %s\n", me->report());
	sys->print("direct total %d, via handle %d\n", total, me->total);

	me->reset();
	me->limit = 10;
	verbose = 0;
	ok := 0;
	for(i = 0; i < len items; i++){
		(n, c) := items[i];
		ok += me->add(n, c * 2);
	}
	sys->print("with limit %d: %d accepted, report: %s\n", me->limit, ok, report());
	sys->print("rejected array length %d, first %s\n", len me->rejected, me->rejected[0]);
	e := hd me->entries;
	e.count *= 100;
	sys->print("after editing head entry through handle: %s\n", report());
	mod := Tally->PATH;
	sys->print("PATH constant is %q\n", mod);
}
