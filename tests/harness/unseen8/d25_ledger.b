implement Ledger;

include "sys.m";
	sys: Sys;
include "draw.m";

Ledger: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

Account: adt {
	id: int;
	owner: string;
	cents: big;
	history: list of string;
};

Txn: adt {
	seq: int;
	pick {
	Open =>
		owner: string;
		initial: big;
	Deposit =>
		acct: int;
		amount: big;
	Withdraw =>
		acct: int;
		amount: big;
	Transfer =>
		from, dest: int;
		amount: big;
	Close =>
		acct: int;
	}
};

accounts: list of ref Account;
nextid := 100;

money(c: big): string
{
	sign := "";
	if(c < big 0){
		sign = "-";
		c = -c;
	}
	return sys->sprint("%s%bd.%.2bd", sign, c / big 100, c % big 100);
}

find(id: int): ref Account
{
	for(l := accounts; l != nil; l = tl l)
		if((hd l).id == id)
			return hd l;
	raise sys->sprint("ledger:no account %d", id);
}

debit(a: ref Account, amt: big)
{
	if(amt <= big 0)
		raise "ledger:non-positive amount";
	if(a.cents < amt)
		raise sys->sprint("ledger:insufficient funds in %d (%s < %s)", a.id, money(a.cents), money(amt));
	a.cents -= amt;
	a.history = "-" + money(amt) :: a.history;
}

credit(a: ref Account, amt: big)
{
	if(amt <= big 0)
		raise "ledger:non-positive amount";
	a.cents += amt;
	a.history = "+" + money(amt) :: a.history;
}

apply(t: ref Txn): string
{
	pick x := t {
	Open =>
		a := ref Account(nextid++, x.owner, big 0, nil);
		accounts = a :: accounts;
		if(x.initial > big 0)
			credit(a, x.initial);
		return sys->sprint("opened %d for %s", a.id, x.owner);
	Deposit =>
		credit(find(x.acct), x.amount);
		return sys->sprint("deposit %s to %d", money(x.amount), x.acct);
	Withdraw =>
		debit(find(x.acct), x.amount);
		return sys->sprint("withdraw %s from %d", money(x.amount), x.acct);
	Transfer =>
		src := find(x.from);
		dst := find(x.dest);
		debit(src, x.amount);
		credit(dst, x.amount);
		return sys->sprint("transfer %s %d->%d", money(x.amount), x.from, x.dest);
	Close =>
		a := find(x.acct);
		if(a.cents != big 0)
			raise sys->sprint("ledger:cannot close %d, balance %s", a.id, money(a.cents));
		nl: list of ref Account;
		for(l := accounts; l != nil; l = tl l)
			if(hd l != a)
				nl = hd l :: nl;
		accounts = nl;
		return sys->sprint("closed %d", x.acct);
	}
	return "?";
}

report()
{
	total := big 0;
	for(l := accounts; l != nil; l = tl l){
		a := hd l;
		h := "";
		for(r := a.history; r != nil; r = tl r)
			h = hd r + " " + h;
		sys->print("  %d %-6s %10s  [%s]\n", a.id, a.owner, money(a.cents), h);
		total += a.cents;
	}
	sys->print("  total %s\n", money(total));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	txns := array[] of {
		ref Txn.Open(1, "ada", big 10000),
		ref Txn.Open(2, "brian", big 250),
		ref Txn.Open(3, "ken", big 0),
		ref Txn.Deposit(4, 102, big 1999),
		ref Txn.Transfer(5, 100, 101, big 4321),
		ref Txn.Withdraw(6, 102, big 5000),
		ref Txn.Withdraw(7, 101, big 71),
		ref Txn.Transfer(8, 101, 100, big -5),
		ref Txn.Deposit(9, 999, big 1),
		ref Txn.Withdraw(10, 102, big 1999),
		ref Txn.Close(11, 102),
		ref Txn.Deposit(12, 102, big 10),
	};
	ok := failed := 0;
	for(i := 0; i < len txns; i++){
		t := txns[i];
		{
			sys->print("%2d ok    %s\n", t.seq, apply(t));
			ok++;
		} exception e {
		"ledger:*" =>
			sys->print("%2d FAIL  %s\n", t.seq, e[7:]);
			failed++;
		}
	}
	sys->print("%d applied, %d rejected\n", ok, failed);
	report();
	# end of day: closing every account must succeed; this one cannot
	sys->print("closing all accounts\n");
	for(l := accounts; l != nil; l = tl l)
		sys->print("%s\n", apply(ref Txn.Close(99, (hd l).id)));
	sys->print("not reached\n");
}
