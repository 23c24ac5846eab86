implement VendingFsm;

include "sys.m";
	sys: Sys;
include "draw.m";

VendingFsm: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Idle, Collecting, Dispensing, Refunding, OutOfOrder: con iota;
names := array[] of {"Idle", "Collecting", "Dispensing", "Refunding", "OutOfOrder"};

Machine: adt {
	state: int;
	credit: int;
	stock: array of (string, int, int);	# name, price, count
	bank: int;
	sel: int;

	event: fn(m: self ref Machine, ev: string, arg: int): string;
};

Machine.event(m: self ref Machine, ev: string, arg: int): string
{
	prev := m.state;
	msg := "";
	case m.state {
	Idle or Collecting =>
		case ev {
		"coin" =>
			case arg {
			5 or 10 or 25 or 100 =>
				m.credit += arg;
				m.state = Collecting;
				msg = sys->sprint("credit %d", m.credit);
			* =>
				msg = sys->sprint("rejected coin %d", arg);
			}
		"select" =>
			if(arg < 0 || arg >= len m.stock){
				msg = "no such item";
				break;
			}
			(name, price, count) := m.stock[arg];
			if(count == 0)
				msg = name + " sold out";
			else if(m.credit < price)
				msg = sys->sprint("%s costs %d, need %d more", name, price, price - m.credit);
			else {
				m.sel = arg;
				m.state = Dispensing;
				msg = "vending " + name;
			}
		"refund" =>
			if(m.credit > 0)
				m.state = Refunding;
			msg = sys->sprint("refund requested (%d)", m.credit);
		"kick" =>
			m.state = OutOfOrder;
			msg = "ouch";
		* =>
			msg = "ignored " + ev;
		}
	Dispensing =>
		(name, price, count) := m.stock[m.sel];
		m.stock[m.sel] = (name, price, count - 1);
		m.credit -= price;
		m.bank += price;
		msg = "dropped " + name;
		if(m.credit > 0)
			m.state = Refunding;
		else
			m.state = Idle;
	Refunding =>
		msg = sys->sprint("returned %d", m.credit);
		m.credit = 0;
		m.state = Idle;
	OutOfOrder =>
		if(ev == "repair"){
			m.state = Idle;
			msg = "fixed";
		} else
			msg = "out of order";
	}
	return sys->sprint("%-10s %-6s %3d | %s", names[prev], ev, arg, msg) + " -> " + names[m.state];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := ref Machine(Idle, 0, array[] of {("cola", 125, 2), ("chips", 50, 0), ("gum", 15, 5)}, 0, -1);
	script := array[] of {
		("coin", 25), ("coin", 3), ("select", 0), ("coin", 100), ("select", 0),
		("tick", 0), ("tick", 0), ("coin", 10), ("coin", 10), ("select", 1),
		("select", 2), ("tick", 0), ("tick", 0), ("select", 7), ("kick", 0),
		("coin", 25), ("repair", 0), ("coin", 100), ("coin", 25), ("select", 0),
		("tick", 0), ("coin", 100), ("coin", 25), ("select", 0), ("refund", 0), ("tick", 0),
	};
	for(i := 0; i < len script; i++){
		(ev, arg) := script[i];
		# ticks advance internal states
		sys->print("%s\n", m.event(ev, arg));
	}
	s := "";
	for(i = 0; i < len m.stock; i++){
		(n, nil, c) := m.stock[i];
		s += sys->sprint(" %s=%d", n, c);
	}
	sys->fprint(sys->fildes(2), "bank %d stock%s\n", m.bank, s);
}
