implement Vending;

include "sys.m";
	sys: Sys;
include "draw.m";

Vending: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Idle, Paying, Vend, Broken: con iota;
statename := array[] of {"idle", "paying", "vend", "broken"};

Item: adt {
	name:	string;
	price:	int;
	stock:	int;
};

items: array of Item;
state := Idle;
credit := 0;
bank := 0;
log: list of string;
handlers: array of ref fn(ev: string, arg: int): int;

note(s: string)
{
	log = s :: log;
}

idle(ev: string, arg: int): int
{
	case ev {
	"coin" =>
		credit = arg;
		return Paying;
	"kick" =>
		return Broken;
	}
	note("idle ignores " + ev);
	return Idle;
}

paying(ev: string, arg: int): int
{
	case ev {
	"coin" =>
		credit += arg;
		return Paying;
	"select" =>
		if(arg < 0 || arg >= len items){
			note(sys->sprint("no item %d", arg));
			return Paying;
		}
		it := items[arg];
		if(it.stock == 0){
			note(it.name + " sold out");
			return Paying;
		}
		if(credit < it.price){
			note(sys->sprint("%s needs %d more", it.name, it.price - credit));
			return Paying;
		}
		items[arg].stock--;
		credit -= it.price;
		bank += it.price;
		note(sys->sprint("vend %s", it.name));
		return Vend;
	"refund" =>
		note(sys->sprint("refund %d", credit));
		credit = 0;
		return Idle;
	"kick" =>
		return Broken;
	}
	return Paying;
}

vend(ev: string, nil: int): int
{
	if(ev == "take"){
		if(credit > 0){
			note(sys->sprint("change %d", credit));
			credit = 0;
		}
		return Idle;
	}
	note("take your item first");
	return Vend;
}

broken(ev: string, nil: int): int
{
	if(ev == "repair")
		return Idle;
	return Broken;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	items = array[] of {Item("cola", 120, 2), Item("chips", 85, 1), Item("gum", 30, 0)};
	handlers = array[] of {idle, paying, vend, broken};
	script := array[] of {
		("select", 0), ("coin", 100), ("select", 0), ("coin", 50), ("select", 0),
		("coin", 1), ("take", 0), ("coin", 100), ("select", 2), ("select", 1),
		("select", 1), ("take", 0), ("coin", 200), ("select", 7), ("refund", 0),
		("kick", 0), ("coin", 10), ("repair", 0), ("coin", 120), ("select", 0), ("take", 0),
	};
	for(i := 0; i < len script; i++){
		(ev, arg) := script[i];
		old := state;
		state = handlers[state](ev, arg);
		for(l := log; l != nil; l = tl l)
			;
		msgs := "";
		for(; log != nil; log = tl log)
			msgs = hd log + "; " + msgs;
		sys->print("%2d %-7s %3d  %-7s -> %-7s credit=%3d %s\n", i, ev, arg, statename[old], statename[state], credit, msgs);
	}
	sys->print("bank %d, stock:", bank);
	for(i = 0; i < len items; i++)
		sys->print(" %s=%d", items[i].name, items[i].stock);
	sys->print("\n");
}
