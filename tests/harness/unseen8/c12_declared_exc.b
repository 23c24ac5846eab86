implement DeclaredExc;

include "sys.m";
	sys: Sys;
include "draw.m";

DeclaredExc: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Overdraft: exception(int, string);
Frozen: exception(string);
Closed: exception;

Account: adt {
	owner:	string;
	balance:	int;
	frozen:	int;
	closed:	int;
	withdraw:	fn(a: self ref Account, amt: int): int raises (Overdraft, Frozen, Closed);
};

Account.withdraw(a: self ref Account, amt: int): int raises (Overdraft, Frozen, Closed)
{
	if(a.closed)
		raise Closed;
	if(a.frozen)
		raise Frozen(a.owner);
	if(amt > a.balance)
		raise Overdraft(amt - a.balance, a.owner);
	a.balance -= amt;
	return a.balance;
}

attempt(a: ref Account, amt: int)
{
	{
		left := a.withdraw(amt);
		sys->print("%s withdrew %d, %d left\n", a.owner, amt, left);
	} exception e {
	Overdraft =>
		(short, who) := e;
		sys->print("%s is short by %d\n", who, short);
	Frozen =>
		who := e;
		sys->print("account of %s is frozen\n", who);
	Closed =>
		sys->print("account of %s is closed\n", a.owner);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	accts := array[] of {
		ref Account("ann", 100, 0, 0),
		ref Account("bob", 20, 0, 0),
		ref Account("cy", 500, 1, 0),
		ref Account("dee", 0, 0, 1),
	};
	amounts := array[] of {30, 50, 10};
	for(i := 0; i < len accts; i++)
		for(j := 0; j < len amounts; j++)
			attempt(accts[i], amounts[j]);

	# a declared exception seen by a string pattern handler
	{
		accts[1].withdraw(1000);
	} exception e {
	"Overdraft" =>
		sys->print("string pattern matched declared exception\n");
	"*" =>
		sys->print("wildcard caught: %s\n", e);
	}

	for(i = 0; i < len accts; i++)
		sys->print("final %s: %d\n", accts[i].owner, accts[i].balance);
}
