implement PolyImport;
#lib: slots.b
# an imported polymorphic adt instantiated in an expression: Slot[ref Req].new(...)
# (appl/lib/styxflush.b: Table[ref Req].new; appl/cmd/vacput.b: Strhash[string].new)
include "sys.m";
	sys: Sys;
include "draw.m";
include "slots.m";
	slots: Slots;
	Slot: import slots;

PolyImport: module { init: fn(nil: ref Draw->Context, nil: list of string); };

Req: adt { id: int; };
reqs: ref Slot[ref Req];

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	slots = load Slots Slots->PATH;
	reqs = Slot[ref Req].new(4, nil);
	reqs.put(2, ref Req(22));
	names := Slot[string].new(3, "none");
	names.put(0, "zero");
	sys->print("%d %d %s %s\n", reqs.get(2).id, reqs.get(1) == nil, names.get(0), names.get(9));
}
