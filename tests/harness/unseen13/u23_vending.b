implement Vend;

include "sys.m";
	sys: Sys;
include "draw.m";

Vend: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Idle, Paying, Dispensing, Broken: con iota;
statename := array[] of {"idle", "paying", "dispensing", "broken"};

Machine: adt {
	state:	int;
	credit:	int;
	stock:	array of int;
	prices:	array of int;
	bank:	int;

	event:	fn(m: self ref Machine, ev: string, arg: int);
};

Machine.event(m: self ref Machine, ev: string, arg: int)
{
	old := m.state;
	case m.state {
	Idle or Paying =>
		case ev {
		"coin" =>
			if(arg != 5 && arg != 10 && arg != 25)
				raise sys->sprint("vend: rejected coin %d", arg);
			m.credit += arg;
			m.state = Paying;
		"select" =>
			if(arg < 0 || arg >= len m.stock)
				m.state = Broken;
			else if(m.stock[arg] == 0)
				sys->print("   slot %d sold out\n", arg);
			else if(m.credit < m.prices[arg])
				sys->print("   need %d more\n", m.prices[arg]-m.credit);
			else{
				m.stock[arg]--;
				m.credit -= m.prices[arg];
				m.bank += m.prices[arg];
				m.state = Dispensing;
			}
		"refund" =>
			sys->print("   refund %d\n", m.credit);
			m.credit = 0;
			m.state = Idle;
		}
	Dispensing =>
		if(ev == "take"){
			if(m.credit > 0){
				sys->print("   change %d\n", m.credit);
				m.credit = 0;
			}
			m.state = Idle;
		}
	Broken =>
		raise "vend: machine is broken, call service";
	}
	sys->print("%-7s %3d: %s -> %s (credit %d)\n", ev, arg, statename[old], statename[m.state], m.credit);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := ref Machine(Idle, 0, array[] of {2, 0, 5}, array[] of {35, 50, 60}, 0);
	script := array[] of {
		("coin", 25), ("select", 0), ("coin", 10), ("select", 0), ("take", 0),
		("coin", 3), ("coin", 25), ("coin", 25), ("select", 1), ("select", 2), ("take", 0),
		("coin", 25), ("refund", 0),
		("coin", 10), ("select", 7), ("coin", 5),
	};
	for(i := 0; i < len script; i++){
		(ev, arg) := script[i];
		{
			m.event(ev, arg);
		} exception e {
		"vend: rejected*" =>
			sys->print("%-7s %3d: %s\n", ev, arg, e);
		}
	}
	sys->print("bank %d\n", m.bank);
}
