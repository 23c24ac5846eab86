implement BankLedger;

include "sys.m";
	sys: Sys;
include "draw.m";

BankLedger: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Insufficient: exception(string, big, big);
Frozen: exception(string);

Account: adt {
	id: string;
	cents: big;
	frozen: int;
	history: list of (string, big);

	withdraw: fn(a: self ref Account, amt: big) raises (Insufficient, Frozen);
	deposit: fn(a: self ref Account, amt: big) raises (Frozen);
	balance: fn(a: self ref Account): string;
};

money(c: big): string
{
	sign := "";
	if(c < big 0){
		sign = "-";
		c = -c;
	}
	return sys->sprint("%s$%bd.%.2bd", sign, c / big 100, c % big 100);
}

Account.withdraw(a: self ref Account, amt: big) raises (Insufficient, Frozen)
{
	if(a.frozen)
		raise Frozen(a.id);
	if(amt > a.cents)
		raise Insufficient(a.id, a.cents, amt);
	a.cents -= amt;
	a.history = ("withdraw", amt) :: a.history;
}

Account.deposit(a: self ref Account, amt: big) raises (Frozen)
{
	if(a.frozen)
		raise Frozen(a.id);
	if(amt <= big 0)
		raise "bad amount " + money(amt);
	a.cents += amt;
	a.history = ("deposit", amt) :: a.history;
}

Account.balance(a: self ref Account): string
{
	return a.id + "=" + money(a.cents);
}

find(accts: array of ref Account, id: string): ref Account
{
	for(i := 0; i < len accts; i++)
		if(accts[i].id == id)
			return accts[i];
	raise "no account " + id;
}

transfer(from, dst: ref Account, amt: big): string
{
	{
		from.withdraw(amt);
	} exception e {
		Insufficient =>
			(id, have, want) := e;
			return sys->sprint("declined: %s has %s, needs %s", id, money(have), money(want));
		Frozen =>
			return "declined: " + e + " is frozen";
	}
	{
		dst.deposit(amt);
	} exception e {
		Frozen =>
			from.cents += amt;	# roll back
			from.history = tl from.history;
			return "rolled back: destination " + e + " frozen";
		"bad*" =>
			from.cents += amt;
			from.history = tl from.history;
			return "rolled back: " + e;
	}
	return "ok";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	accts := array[] of {
		ref Account("alice", big 150000, 0, nil),
		ref Account("bob", big 2575, 0, nil),
		ref Account("carol", big 0, 0, nil),
		ref Account("dave", big 99999, 1, nil),
	};
	ops := array[] of {
		("alice", "bob", big 50000),
		("bob", "carol", big 60000),
		("bob", "carol", big 52575),
		("carol", "dave", big 100),
		("dave", "alice", big 1),
		("alice", "carol", big 0),
		("alice", "erin", big 5),
		("carol", "alice", big 52474),
	};
	for(i := 0; i < len ops; i++){
		(f, t, amt) := ops[i];
		{
			r := transfer(find(accts, f), find(accts, t), amt);
			sys->print("%-5s -> %-5s %10s: %s\n", f, t, money(amt), r);
		} exception e {
			"no account*" =>
				sys->fprint(sys->fildes(2), "%-5s -> %-5s: %s\n", f, t, e);
		}
	}
	total := big 0;
	for(i = 0; i < len accts; i++){
		a := accts[i];
		n := 0;
		for(h := a.history; h != nil; h = tl h)
			n++;
		sys->print("%s (%d transactions)\n", a.balance(), n);
		total += a.cents;
	}
	sys->print("total %s\n", money(total));
}
