implement Bank;

include "sys.m";
	sys: Sys;
include "draw.m";

Bank: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Insufficient: exception(string, int);
NoAccount: exception(string);

Account: adt {
	id:	string;
	owner:	string;
	cents:	int;
	hist:	list of (string, int);

	deposit:	fn(a: self ref Account, amt: int);
	withdraw:	fn(a: self ref Account, amt: int) raises Insufficient;
	show:	fn(a: self ref Account): string;
};

accounts: list of ref Account;
failures := 0;

Account.deposit(a: self ref Account, amt: int)
{
	if(amt <= 0)
		raise "bad amount";
	a.cents += amt;
	a.hist = ("dep", amt) :: a.hist;
}

Account.withdraw(a: self ref Account, amt: int) raises Insufficient
{
	if(amt > a.cents)
		raise Insufficient(a.id, amt - a.cents);
	a.cents -= amt;
	a.hist = ("wd", amt) :: a.hist;
}

Account.show(a: self ref Account): string
{
	return sys->sprint("%-6s %-8s %5d.%.2d", a.id, a.owner, a.cents/100, a.cents%100);
}

find(id: string): ref Account raises NoAccount
{
	for(l := accounts; l != nil; l = tl l)
		if((hd l).id == id)
			return hd l;
	raise NoAccount(id);
}

transfer(src, dst: string, amt: int)
{
	{
		a := find(src);
		b := find(dst);
		a.withdraw(amt);
		b.deposit(amt);
		sys->print("transfer %s->%s %d ok\n", src, dst, amt);
	} exception e {
	Insufficient =>
		(id, short) := e;
		sys->print("transfer %s->%s %d: %s short by %d\n", src, dst, amt, id, short);
		failures++;
	NoAccount =>
		sys->print("transfer: no account %s\n", e);
		failures++;
	"bad*" =>
		sys->print("transfer: %s\n", e);
		failures++;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	accounts = ref Account("A100", "alice", 50000, nil) ::
		ref Account("B200", "bob", 1250, nil) ::
		ref Account("C300", "carol", 0, nil) :: nil;
	transfer("A100", "B200", 2500);
	transfer("B200", "C300", 5000);
	transfer("C300", "Z999", 1);
	transfer("B200", "C300", 3750);
	transfer("A100", "C300", 0);
	transfer("A100", "C300", 1999);
	total := 0;
	for(l := accounts; l != nil; l = tl l){
		a := hd l;
		total += a.cents;
		n := 0;
		for(h := a.hist; h != nil; h = tl h)
			n++;
		sys->print("%s hist=%d\n", a.show(), n);
	}
	sys->print("total %d failures %d\n", total, failures);
	c := hd tl tl accounts;
	for(h := c.hist; h != nil; h = tl h){
		(kind, amt) := hd h;
		sys->print("  %s %d\n", kind, amt);
	}
}
