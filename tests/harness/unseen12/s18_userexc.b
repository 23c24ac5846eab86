implement UserExc;

include "sys.m";
	sys: Sys;
include "draw.m";

UserExc: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Overdraft: exception(string, int);
Frozen: exception(string);
Limit: exception;

Account: adt {
	owner: string;
	balance: int;
	frozen: int;
};

withdraw(a: ref Account, amt: int) raises (Overdraft, Frozen, Limit)
{
	if(a.frozen)
		raise Frozen(a.owner);
	if(amt > 500)
		raise Limit;
	if(amt > a.balance)
		raise Overdraft(a.owner, amt - a.balance);
	a.balance -= amt;
}

# the immediate caller handles the declared exceptions
attempt(a: ref Account, amt: int): string
{
	{
		withdraw(a, amt);
		return sys->sprint("%s -%d ok, left %d", a.owner, amt, a.balance);
	} exception e {
	Overdraft =>
		(who, short) := e;
		return sys->sprint("%s short by %d", who, short);
	Frozen =>
		who := e;
		return sys->sprint("%s is frozen", who);
	}
}

# does not handle Limit: it escapes
batch(a: ref Account, amts: array of int): int
{
	done := 0;
	for(i := 0; i < len amts; i++) {
		sys->print("  %s\n", attempt(a, amts[i]));
		done++;
	}
	return done;
}

# string exception matching: most specific guard wins
classify(s: string): string
{
	{
		raise s;
	} exception e {
	"io" or "io:eof" =>
		return "exact io";
	"io:*" =>
		return "io family";
	"io:read:*" =>
		return "io read family";
	"*" =>
		return "anything (" + e + ")";
	}
}

transfer(src, dst: ref Account, amt: int)
{
	{
		withdraw(src, amt);
	} exception e {
	Overdraft =>
		(nil, short) := e;
		raise "transfer:short:" + string short;
	* =>
		raise "transfer:refused";
	}
	dst.balance += amt;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	alice := ref Account("alice", 300, 0);
	bob := ref Account("bob", 50, 0);
	carol := ref Account("carol", 1000, 1);

	for(accts := alice :: bob :: carol :: nil; accts != nil; accts = tl accts) {
		a := hd accts;
		sys->print("batch for %s\n", a.owner);
		{
			n := batch(a, array[] of {100, 250, 40, 900, 10});
			sys->print("  completed %d\n", n);
		} exception e {
		"*" =>
			sys->print("  batch aborted: %q\n", e);
		* =>
			sys->print("  batch aborted by a non-string exception\n");
		}
	}

	msgs := array[] of {"io", "io:eof", "io:write", "io:read:timeout", "iox", "net:down", ""};
	for(i := 0; i < len msgs; i++)
		sys->print("%-18q -> %s\n", msgs[i], classify(msgs[i]));

	carol.frozen = 0;
	amounts := array[] of {120, 400, 999};
	for(i = 0; i < len amounts; i++) {
		{
			transfer(carol, bob, amounts[i]);
			sys->print("transfer %d: carol %d bob %d\n", amounts[i], carol.balance, bob.balance);
		} exception e {
		"transfer:short:*" =>
			sys->print("transfer %d: short (%s)\n", amounts[i], e[len "transfer:short:":]);
		"transfer:*" =>
			sys->print("transfer %d: %s\n", amounts[i], e);
		}
	}
	sys->print("final alice=%d bob=%d carol=%d\n", alice.balance, bob.balance, carol.balance);
}
