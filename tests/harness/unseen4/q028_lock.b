implement Lock;

include "sys.m";
	sys: Sys;
include "draw.m";

Lock: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Account: adt {
	lock:	chan of int;
	balance:	int;
	history:	list of int;
	deposit:	fn(a: self ref Account, amt: int);
};

Account.deposit(a: self ref Account, amt: int)
{
	a.lock <-= 1;
	b := a.balance;
	sys->sleep(0);
	a.balance = b + amt;
	a.history = amt :: a.history;
	<-a.lock;
}

client(a: ref Account, id: int, n: int, done: chan of int)
{
	for(i := 0; i < n; i++)
		a.deposit(id);
	done <-= id;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	acct := ref Account(chan[1] of int, 0, nil);
	done := chan of int;
	nclients := 5;
	for(i := 1; i <= nclients; i++)
		spawn client(acct, i, 20, done);
	finished := array[nclients+1] of {* => 0};
	for(i = 0; i < nclients; i++)
		finished[<-done] = 1;
	for(i = 1; i <= nclients; i++)
		sys->print("client %d finished=%d\n", i, finished[i]);
	sys->print("balance %d (expected %d)\n", acct.balance, 20*(1+2+3+4+5));
	counts := array[nclients+1] of {* => 0};
	for(h := acct.history; h != nil; h = tl h)
		counts[hd h]++;
	for(i = 1; i <= nclients; i++)
		sys->print("deposits of %d: %d\n", i, counts[i]);
}
