implement RefDeref;

include "sys.m";
	sys: Sys;
include "draw.m";

RefDeref: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Account: adt {
	owner: string;
	balance: int;
	log: list of string;
};

deposit(a: ref Account, n: int)
{
	a.balance += n;
	a.log = sys->sprint("dep %d", n) :: a.log;
}

depositval(a: Account, n: int): Account
{
	a.balance += n;
	return a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	r := ref Account("ann", 10, nil);
	deposit(r, 5);
	deposit(r, 20);
	sys->print("%s %d log=%d\n", r.owner, r.balance, len r.log);
	v := *r;
	v.balance = 0;
	sys->print("copy %d orig %d\n", v.balance, r.balance);
	w := depositval(*r, 100);
	sys->print("byval %d orig %d\n", w.balance, r.balance);
	alias := r;
	alias.owner = "bob";
	sys->print("alias owner %s, same %d\n", r.owner, alias == r);
	r2 := ref *r;
	sys->print("ref copy same %d, owner %s\n", r2 == r, r2.owner);
	r2.balance = 1;
	sys->print("after r2 change r=%d r2=%d\n", r.balance, r2.balance);
	accs := array[3] of ref Account;
	for(i := 0; i < len accs; i++)
		accs[i] = ref Account("u" + string i, i * 10, nil);
	accs[1] = accs[2];
	accs[1].balance = 99;
	for(i = 0; i < len accs; i++)
		sys->print("acc %s %d\n", accs[i].owner, accs[i].balance);
	n: ref Account;
	sys->print("nil ref is nil %d\n", n == nil);
}
