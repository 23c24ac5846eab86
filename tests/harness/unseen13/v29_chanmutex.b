implement ChanMutex;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanMutex: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# A buffered channel of capacity 1 used as a lock, as in Go:
# put a token in to acquire, take it out to release.

Account: adt {
	lock:	chan of int;
	balance:	int;
	ops:	int;
	history:	list of string;

	new:	fn(b: int): ref Account;
	deposit:	fn(a: self ref Account, who: string, amt: int): int;
};

Account.new(b: int): ref Account
{
	return ref Account(chan[1] of int, b, 0, nil);
}

Account.deposit(a: self ref Account, nil: string, amt: int): int
{
	a.lock <-= 1;		# acquire
	ok := 1;
	if(a.balance + amt < 0)
		ok = 0;
	else
		a.balance += amt;
	a.ops++;
	<-a.lock;		# release
	return ok;
}

teller(name: string, acct: ref Account, amounts: array of int, done: chan of (string, int, int))
{
	refused := 0;
	net := 0;
	for(i := 0; i < len amounts; i++){
		if(acct.deposit(name, amounts[i]))
			net += amounts[i];
		else
			refused++;
		if(i % 3 == 2)
			sys->sleep(0);	# yield to let others interleave
	}
	done <-= (name, net, refused);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	acct := Account.new(1000);
	done := chan of (string, int, int);
	names := array[] of {"ann", "bob", "cy", "dee"};
	for(t := 0; t < len names; t++){
		a := array[50] of int;
		for(i := 0; i < len a; i++)
			a[i] = (i % 5 + 1) * (t + 1);	# all positive: never refused
		spawn teller(names[t], acct, a, done);
	}
	results := array[len names] of (int, int);
	for(t = 0; t < len names; t++){
		(who, net, refused) := <-done;
		for(k := 0; k < len names; k++)
			if(names[k] == who)
				results[k] = (net, refused);
	}
	expect := 1000;
	for(t = 0; t < len names; t++){
		(net, refused) := results[t];
		expect += net;
		sys->print("%-4s net %+5d refused %d\n", names[t], net, refused);
	}
	sys->print("balance %d expected %d ops %d\n", acct.balance, expect, acct.ops);
	# single-threaded overdraft checks through the same lock
	verdict := array[] of {"refused", "ok"};
	for(amt := -3000; amt <= -1000; amt += 1000){
		r := acct.deposit("main", amt);
		sys->print("withdraw %d: %s, balance %d\n", -amt, verdict[r], acct.balance);
	}
}
