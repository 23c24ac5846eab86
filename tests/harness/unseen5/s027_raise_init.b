implement RaiseInit;

include "sys.m";
	sys: Sys;
include "draw.m";

RaiseInit: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Account: adt {
	id:	int;
	balance:	int;

	withdraw:	fn(a: self ref Account, amt: int);
};

Account.withdraw(a: self ref Account, amt: int)
{
	if(amt > a.balance)
		raise sys->sprint("insufficient funds: account %d has %d, wanted %d", a.id, a.balance, amt);
	a.balance -= amt;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	acct := ref Account(17, 250);
	amounts := array[] of {100, 60, 200, 10};
	for(i := 0; i < len amounts; i++){
		if(i < 2){
			acct.withdraw(amounts[i]);
			sys->print("withdrew %d, balance %d\n", amounts[i], acct.balance);
			continue;
		}
		{
			acct.withdraw(amounts[i]);
			sys->print("withdrew %d, balance %d\n", amounts[i], acct.balance);
		}exception e{
		"insufficient*" =>
			sys->print("caught: %s\n", e);
			# escalate: this one is not handled any further up
			raise "audit: overdraft attempt on " + string acct.id;
		}
	}
	sys->print("finished\n");
}
