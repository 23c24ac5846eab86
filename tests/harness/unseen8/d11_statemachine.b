implement StateMachine;

include "sys.m";
	sys: Sys;
include "draw.m";

StateMachine: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

# number recogniser: [+-]digits[.digits][(e|E)[+-]digits]
Start, Sign, Int, Dot, Frac, Exp, ExpSign, ExpInt, Dead: con iota;
statenames := array[] of {"Start", "Sign", "Int", "Dot", "Frac", "Exp", "ExpSign", "ExpInt", "Dead"};
accepting := array[] of {0, 0, 1, 0, 1, 0, 0, 1, 0};

# character classes
CDigit, CSign, CDot, CExp, COther: con iota;

classify(c: int): int
{
	if(c >= '0' && c <= '9')
		return CDigit;
	case c {
	'+' or '-' => return CSign;
	'.' => return CDot;
	'e' or 'E' => return CExp;
	}
	return COther;
}

table := array[] of {
	# digit, sign, dot, exp, other
	array[] of {Int, Sign, Dead, Dead, Dead},		# Start
	array[] of {Int, Dead, Dead, Dead, Dead},		# Sign
	array[] of {Int, Dead, Dot, Exp, Dead},		# Int
	array[] of {Frac, Dead, Dead, Dead, Dead},		# Dot
	array[] of {Frac, Dead, Dead, Exp, Dead},		# Frac
	array[] of {ExpInt, ExpSign, Dead, Dead, Dead},	# Exp
	array[] of {ExpInt, Dead, Dead, Dead, Dead},	# ExpSign
	array[] of {ExpInt, Dead, Dead, Dead, Dead},	# ExpInt
	array[] of {Dead, Dead, Dead, Dead, Dead},		# Dead
};

recognise(s: string): (int, string)
{
	st := Start;
	path := statenames[st];
	for(i := 0; i < len s; i++){
		nst := table[st][classify(s[i])];
		if(nst != st)
			path += "->" + statenames[nst];
		st = nst;
		if(st == Dead)
			break;
	}
	return (accepting[st], path);
}

# a door controller driven by events, with guards and actions
Door: adt {
	state: string;
	code: string;
	entered: string;
	failures: int;
	log: list of string;

	event: fn(d: self ref Door, ev: string);
};

Door.event(d: self ref Door, ev: string)
{
	old := d.state;
	case d.state {
	"locked" =>
		if(len ev == 1 && ev[0] >= '0' && ev[0] <= '9'){
			d.entered += ev;
			if(len d.entered == len d.code){
				if(d.entered == d.code){
					d.state = "closed";
					d.failures = 0;
				} else if(++d.failures >= 3)
					d.state = "alarm";
				d.entered = "";
			}
		}
	"closed" =>
		case ev {
		"open" => d.state = "open";
		"lock" => d.state = "locked";
		}
	"open" =>
		if(ev == "close")
			d.state = "closed";
	"alarm" =>
		if(ev == "reset"){
			d.state = "locked";
			d.failures = 0;
		}
	}
	if(old != d.state)
		d.log = sys->sprint("%s -%s-> %s", old, ev, d.state) :: d.log;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {"42", "-3.14", "+.5", "6.02e23", "1e-9", "1.", "--1", "7E+", "12a", "", "0.000"};
	for(i := 0; i < len inputs; i++){
		(ok, path) := recognise(inputs[i]);
		verdict := "reject";
		if(ok)
			verdict = "accept";
		sys->print("%-9s %s  %s\n", sys->sprint("%q", inputs[i]), verdict, path);
	}

	d := ref Door("locked", "271", "", 0, nil);
	events := array[] of {
		"open", "2", "7", "1", "open", "lock", "close", "lock",
		"1", "1", "1", "9", "9", "9", "0", "0", "0", "open",
		"reset", "2", "7", "1", "open", "close",
	};
	for(i = 0; i < len events; i++)
		d.event(events[i]);
	sys->print("door transitions:\n");
	r: list of string;
	for(l := d.log; l != nil; l = tl l)
		r = hd l :: r;
	for(; r != nil; r = tl r)
		sys->print("  %s\n", hd r);
	sys->print("final state %s, failures %d\n", d.state, d.failures);
}
