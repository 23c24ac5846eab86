implement NilDeref;

include "sys.m";
	sys: Sys;
include "draw.m";

NilDeref: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Item: adt {
	name: string;
	next: ref Item;
};

chain(n: int): ref Item
{
	l: ref Item;
	for(i := n; i > 0; i--)
		l = ref Item(sys->sprint("item%d", i), l);
	return l;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	head := chain(3);
	p := head;
	for(i := 0; i < 3; i++) {
		sys->print("%s\n", p.name);
		p = p.next;
	}
	sys->print("p is nil: %d\n", p == nil);
	sys->print("now walking one step too far\n");
	sys->print("%s\n", p.name);
	sys->print("not reached\n");
}
