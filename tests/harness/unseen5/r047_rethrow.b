implement Rethrow;

include "sys.m";
	sys: Sys;
include "draw.m";

Rethrow: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Account: adt {
	id:	int;
	balance:	int;
	history:	array of int;
	nhist:	int;

	post:	fn(a: self ref Account, amount: int);
};

Account.post(a: self ref Account, amount: int)
{
	if(a.balance + amount < 0)
		raise sys->sprint("bank: overdraft on %d", a.id);
	a.history[a.nhist++] = amount;	# fixed-size history
	a.balance += amount;
}

accounts: array of ref Account;

transfer(from, dst, amount: int)
{
	src := accounts[from];
	d := accounts[dst];
	src.post(-amount);
	{
		d.post(amount);
	}exception e{
	"*" =>
		# undo the debit, note the failure and pass the error on
		src.nhist--;
		src.balance += amount;
		sys->print("rollback %d->%d (%d): %s\n", from, dst, amount, e);
		raise e;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sizes := array[] of {5, 3, 4};
	accounts = array[len sizes] of ref Account;
	for(i := 0; i < len accounts; i++)
		accounts[i] = ref Account(i, 100, array[sizes[i]] of int, 0);
	moves := array[] of {(0, 1, 30), (1, 2, 500), (2, 0, 10), (0, 1, 5), (0, 2, 1), (2, 1, 20), (0, 1, 1)};
	for(i = 0; i < len moves; i++){
		(f, t, amt) := moves[i];
		{
			transfer(f, t, amt);
			sys->print("moved %d from %d to %d\n", amt, f, t);
		}exception e{
		"bank:*" =>
			sys->print("refused: %s\n", e);
		}
		s := "";
		for(j := 0; j < len accounts; j++)
			s += sys->sprint(" %d:%d/%d", j, accounts[j].balance, accounts[j].nhist);
		sys->print("  balances%s\n", s);
	}
}
