#args: coin coin select refund coin coin coin select kick coin select service restock coin service coin coin coin select
implement Vending;

include "sys.m";
	sys: Sys;
include "draw.m";

Vending: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# states
Idle, Paying, Ready, Empty, Nstates: con iota;
# events
Ecoin, Eselect, Erefund, Erestock, Eservice, Nevents: con iota;

statename := array[] of {"idle", "paying", "ready", "empty"};
Price: con 3;

Machine: adt {
	state:	int;
	credit:	int;
	stock:	int;
	sales:	int;
	log:	list of string;
};

Action: type ref fn(m: ref Machine): int;	# returns the next state

Trans: adt {
	act:	Action;
	note:	string;
};

table: array of array of Trans;

insert(m: ref Machine): int
{
	m.credit++;
	if(m.credit >= Price)
		return Ready;
	return Paying;
}

refund(m: ref Machine): int
{
	if(m.credit > 0)
		m.log = sys->sprint("refunded %d", m.credit) :: m.log;
	m.credit = 0;
	if(m.stock == 0)
		return Empty;
	return Idle;
}

dispense(m: ref Machine): int
{
	m.stock--;
	m.sales++;
	m.credit -= Price;
	m.log = sys->sprint("sold #%d", m.sales) :: m.log;
	return refund(m);
}

stay(m: ref Machine): int
{
	return m.state;
}

restock(m: ref Machine): int
{
	m.stock += 2;
	return refund(m);
}

broken(m: ref Machine): int
{
	raise sys->sprint("fault: machine in %s needs service", statename[m.state]);
}

flushlog(m: ref Machine)
{
	for(; m.log != nil; m.log = tl m.log)
		sys->print("  [%s]", hd m.log);
	sys->print("\n");
}

event(s: string): int
{
	case s {
	"coin" =>	return Ecoin;
	"select" =>	return Eselect;
	"refund" =>	return Erefund;
	"restock" =>	return Erestock;
	"service" =>	return Eservice;
	}
	return -1;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	nop := Trans(stay, "ignored");
	table = array[Nstates] of {* => array[Nevents] of {* => nop}};
	table[Idle][Ecoin] = Trans(insert, nil);
	table[Paying][Ecoin] = Trans(insert, nil);
	table[Paying][Erefund] = Trans(refund, nil);
	table[Paying][Eselect] = Trans(stay, "need more coins");
	table[Ready][Eselect] = Trans(dispense, nil);
	table[Ready][Erefund] = Trans(refund, nil);
	table[Ready][Ecoin] = Trans(stay, "coin rejected");
	table[Empty][Ecoin] = Trans(refund, "sold out");
	for(s := 0; s < Nstates; s++){
		table[s][Erestock] = Trans(restock, nil);
		if(s != Empty)
			table[s][Eservice] = Trans(broken, nil);
	}

	m := ref Machine(Idle, 0, 1, 0, nil);
	step := 0;
	for(argv = tl argv; argv != nil; argv = tl argv){
		step++;
		e := event(hd argv);
		if(e < 0){
			sys->fprint(sys->fildes(2), "step %d: unknown event %q\n", step, hd argv);
			continue;
		}
		t := table[m.state][e];
		old := m.state;
		{
			m.credit += (e == Ecoin && old == Empty);	# the coin is returned by refund
			m.state = t.act(m);
		} exception x {
		"fault:*" =>
			sys->print("%2d %-8s %s", step, hd argv, x);
			m.state = refund(m);
			flushlog(m);
			continue;
		}
		sys->print("%2d %-8s %-7s -> %-7s credit=%d stock=%d", step, hd argv,
			statename[old], statename[m.state], m.credit, m.stock);
		if(t.note != nil)
			sys->print("  (%s)", t.note);
		flushlog(m);
	}
	sys->print("total sales %d, final state %s\n", m.sales, statename[m.state]);
}
