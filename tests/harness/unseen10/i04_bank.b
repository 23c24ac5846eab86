implement Bank;

include "sys.m";
	sys: Sys;
include "draw.m";

Bank: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Account: adt {
	id:	int;
	owner:	string;
	cents:	int;
	limit:	int;	# overdraft allowed, in cents
	frozen:	int;
	history:	list of string;

	deposit:	fn(a: self ref Account, c: int);
	withdraw:	fn(a: self ref Account, c: int);
	note:	fn(a: self ref Account, s: string);
};

money(c: int): string
{
	sign := "";
	if(c < 0){
		sign = "-";
		c = -c;
	}
	return sys->sprint("%s$%d.%02d", sign, c/100, c%100);
}

Account.note(a: self ref Account, s: string)
{
	a.history = s :: a.history;
}

Account.deposit(a: self ref Account, c: int)
{
	if(a.frozen)
		raise "frozen:" + a.owner;
	if(c <= 0)
		raise "badamount:" + string c;
	a.cents += c;
	a.note("dep " + money(c));
}

Account.withdraw(a: self ref Account, c: int)
{
	if(a.frozen)
		raise "frozen:" + a.owner;
	if(c <= 0)
		raise "badamount:" + string c;
	if(a.cents - c < -a.limit)
		raise sys->sprint("overdraft:%s short by %s", a.owner, money(c - a.cents - a.limit));
	a.cents -= c;
	a.note("wd  " + money(c));
}

accounts: array of ref Account;

lookup(id: int): ref Account
{
	for(i := 0; i < len accounts; i++)
		if(accounts[i].id == id)
			return accounts[i];
	raise "noaccount:" + string id;
}

transfer(from, dest, c: int)
{
	a := lookup(from);
	b := lookup(dest);
	a.withdraw(c);
	{
		b.deposit(c);
	} exception e {
	"*" =>
		# undo the withdrawal and pass the problem on
		a.cents += c;
		a.note("undo " + money(c));
		raise e;
	}
}

Op: adt {
	kind:	string;
	a, b:	int;
	amt:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	accounts = array[] of {
		ref Account(101, "alice", 50000, 0, 0, nil),
		ref Account(102, "bob", 1250, 5000, 0, nil),
		ref Account(103, "carol", 0, 0, 0, nil),
		ref Account(104, "dave", 99999, 0, 1, nil),
	};
	ops := array[] of {
		Op("dep", 103, 0, 2500),
		Op("wd", 102, 0, 4000),
		Op("wd", 102, 0, 3000),
		Op("xfer", 101, 103, 12345),
		Op("xfer", 103, 104, 1000),
		Op("wd", 103, 0, -5),
		Op("xfer", 101, 999, 10),
		Op("dep", 104, 0, 100),
		Op("wd", 101, 0, 37655),
		Op("wd", 101, 0, 1),
		Op("xfer", 103, 102, 14845),
	};
	fails := 0;
	for(i := 0; i < len ops; i++){
		op := ops[i];
		sys->print("%2d %-4s %d %d %s: ", i+1, op.kind, op.a, op.b, money(op.amt));
		{
			case op.kind {
			"dep" =>	lookup(op.a).deposit(op.amt);
			"wd" =>	lookup(op.a).withdraw(op.amt);
			"xfer" =>	transfer(op.a, op.b, op.amt);
			}
			sys->print("ok\n");
		} exception e {
		"overdraft:*" =>
			fails++;
			sys->print("DECLINED (%s)\n", e[len "overdraft:":]);
		"frozen:*" =>
			fails++;
			sys->print("account frozen\n");
		"noaccount:*" or "badamount:*" =>
			fails++;
			sys->print("error %s\n", e);
		}
	}
	sys->print("\n%d operations, %d failed\n\n", len ops, fails);
	total := 0;
	for(i = 0; i < len accounts; i++){
		a := accounts[i];
		total += a.cents;
		sys->print("%d %-6s %12s\n", a.id, a.owner, money(a.cents));
		n := 0;
		for(h := a.history; h != nil; h = tl h)
			n++;
		hs := array[n] of string;
		for(h = a.history; h != nil; h = tl h)
			hs[--n] = hd h;
		for(j := 0; j < len hs; j++)
			sys->print("      %s\n", hs[j]);
	}
	sys->print("bank total %s\n", money(total));
}
