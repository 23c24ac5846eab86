implement Bank;

include "sys.m";
	sys: Sys;
include "draw.m";

Bank: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Account: adt
{
	id:	int;
	owner:	string;
	cents:	big;
	hist:	list of string;

	deposit:	fn(a: self ref Account, c: big);
	withdraw:	fn(a: self ref Account, c: big);
	text:	fn(a: self ref Account): string;
};

money(c: big): string
{
	sign := "";
	if(c < big 0){
		sign = "-";
		c = -c;
	}
	return sys->sprint("%s$%bd.%.2bd", sign, c/big 100, c%big 100);
}

Account.deposit(a: self ref Account, c: big)
{
	if(c <= big 0)
		raise "bank: bad amount " + money(c);
	a.cents += c;
	a.hist = "dep " + money(c) :: a.hist;
}

Account.withdraw(a: self ref Account, c: big)
{
	if(c > a.cents)
		raise sys->sprint("bank: insufficient funds in #%d (have %s, want %s)", a.id, money(a.cents), money(c));
	a.cents -= c;
	a.hist = "wd " + money(c) :: a.hist;
}

Account.text(a: self ref Account): string
{
	return sys->sprint("#%d %-6s %10s (%d ops)", a.id, a.owner, money(a.cents), len a.hist);
}

transfer(src, dst: ref Account, c: big)
{
	src.withdraw(c);
	{
		dst.deposit(c);
	} exception {
	"bank:*" =>
		src.deposit(c);	# roll back
		raise;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	accts := array[] of {
		ref Account(1, "alice", big 10000, nil),
		ref Account(2, "bob", big 2550, nil),
		ref Account(3, "carol", big 0, nil),
	};
	moves := array[] of {
		(0, 1, big 2500),
		(1, 2, big 5000),
		(2, 0, big 1),
		(1, 2, big 0),
		(0, 2, big 7499),
		(0, 2, big 3),
	};
	for(i := 0; i < len moves; i++){
		(f, t, c) := moves[i];
		{
			transfer(accts[f], accts[t], c);
			sys->print("ok   %s %s -> %s\n", money(c), accts[f].owner, accts[t].owner);
		} exception e {
		"bank:*" =>
			sys->print("FAIL %s\n", e[6:]);
		}
	}
	total := big 0;
	for(i = 0; i < len accts; i++){
		sys->print("%s\n", accts[i].text());
		total += accts[i].cents;
	}
	sys->print("total %s\n", money(total));
	for(h := accts[2].hist; h != nil; h = tl h)
		sys->print("  carol: %s\n", hd h);
}
