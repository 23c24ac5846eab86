implement Bank, Audit, Fees;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Bank: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# checks run over every transaction before it is applied
Audit: module
{
	check:	fn(t: ref Txn, bal: array of int): string;
	seen:	fn(): int;
};

# fee schedules; a bank picks one at run time
Fees: module
{
	fee:	fn(t: ref Txn): int;
};

Txn: adt {
	id:	int;
	pick {
	Deposit =>
		acct, amount:	int;
	Withdraw =>
		acct, amount:	int;
	Transfer =>
		from, dest, amount:	int;
	Interest =>
		rate:	real;	# percent
	}
};

names := array[] of {"alice", "bob", "carol"};
nseen := 0;

check(t: ref Txn, bal: array of int): string
{
	nseen++;
	pick x := t {
	Deposit =>
		if(x.amount <= 0)
			return "non-positive deposit";
	Withdraw =>
		if(x.amount > bal[x.acct])
			return sys->sprint("%s would be overdrawn", names[x.acct]);
	Transfer =>
		if(x.from == x.dest)
			return "transfer to self";
		if(x.amount > bal[x.from])
			return sys->sprint("%s has only %s", names[x.from], cents(bal[x.from]));
	Interest =>
		if(x.rate < 0.0 || x.rate > 20.0)
			return "silly interest rate";
	}
	return nil;
}

seen(): int
{
	return nseen;
}

fee(t: ref Txn): int
{
	pick x := t {
	Withdraw =>
		return 25;
	Transfer =>
		return int math->ceil(real x.amount * 0.005);
	}
	return 0;
}

cents(n: int): string
{
	sign := "";
	if(n < 0){
		sign = "-";
		n = -n;
	}
	return sys->sprint("%s$%d.%.2d", sign, n/100, n%100);
}

describe(t: ref Txn): string
{
	pick x := t {
	Deposit =>	return sys->sprint("deposit %s to %s", cents(x.amount), names[x.acct]);
	Withdraw =>	return sys->sprint("withdraw %s from %s", cents(x.amount), names[x.acct]);
	Transfer =>	return sys->sprint("transfer %s %s->%s", cents(x.amount), names[x.from], names[x.dest]);
	Interest =>	return sys->sprint("interest %.1f%%", x.rate);
	}
	return "?";
}

apply(t: ref Txn, bal: array of int, fees: Fees): int
{
	f := fees->fee(t);
	pick x := t {
	Deposit =>
		bal[x.acct] += x.amount;
	Withdraw =>
		bal[x.acct] -= x.amount + f;
	Transfer =>
		bal[x.from] -= x.amount + f;
		bal[x.dest] += x.amount;
	Interest =>
		for(i := 0; i < len bal; i++)
			bal[i] += int math->floor(real bal[i] * x.rate / 100.0 + 0.5);
	}
	return f;
}

process(txns: array of ref Txn, audit: Audit, fees: Fees): array of int
{
	bal := array[len names] of {* => 0};
	collected := 0;
	for(i := 0; i < len txns; i++){
		t := txns[i];
		if((err := audit->check(t, bal)) != nil){
			sys->fprint(sys->fildes(2), "txn %d rejected: %s\n", t.id, err);
			continue;
		}
		collected += apply(t, bal, fees);
		sys->print("%3d %-32s", t.id, describe(t));
		for(j := 0; j < len bal; j++)
			sys->print(" %10s", cents(bal[j]));
		sys->print("\n");
	}
	sys->print("fees collected: %s\n", cents(collected));
	return bal;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	audit := load Audit "$self";
	fees := load Fees "$self";

	txns := array[] of {
		ref Txn.Deposit(1, 0, 100000),
		ref Txn.Deposit(2, 1, 2550),
		ref Txn.Withdraw(3, 1, 5000),
		ref Txn.Transfer(4, 0, 2, 33333),
		ref Txn.Deposit(5, 2, -5),
		ref Txn.Withdraw(6, 2, 1234),
		ref Txn.Transfer(7, 1, 1, 10),
		ref Txn.Interest(8, 2.5),
		ref Txn.Transfer(9, 2, 0, 40000),
		ref Txn.Interest(10, 99.0),
		ref Txn.Withdraw(11, 0, 66000),
	};
	sys->print("%3s %-32s %10s %10s %10s\n", "id", "transaction", names[0], names[1], names[2]);
	bal := process(txns, audit, fees);
	total := 0;
	for(i := 0; i < len bal; i++)
		total += bal[i];
	sys->print("total on deposit %s after %d audited transactions\n", cents(total), audit->seen());
}
