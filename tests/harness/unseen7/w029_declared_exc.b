implement DeclExc;

include "sys.m";
	sys: Sys;
include "draw.m";

DeclExc: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Overdrawn: exception(int, string);
NotFound: exception(string);
Closed: exception;

Bank: adt {
	names: array of string;
	bal: array of int;
	open: int;
	find: fn(b: self ref Bank, n: string): int;
	withdraw: fn(b: self ref Bank, n: string, amt: int) raises (Overdrawn, NotFound, Closed);
};

Bank.find(b: self ref Bank, n: string): int
{
	for(i := 0; i < len b.names; i++)
		if(b.names[i] == n)
			return i;
	return -1;
}

Bank.withdraw(b: self ref Bank, n: string, amt: int) raises (Overdrawn, NotFound, Closed)
{
	if(!b.open)
		raise Closed;
	i := b.find(n);
	if(i < 0)
		raise NotFound(n);
	if(b.bal[i] < amt)
		raise Overdrawn(amt - b.bal[i], n);
	b.bal[i] -= amt;
}

try(b: ref Bank, n: string, amt: int)
{
	{
		b.withdraw(n, amt);
		sys->print("withdraw %s %d ok\n", n, amt);
	} exception e {
	Overdrawn =>
		(short, who) := e;
		sys->print("%s overdrawn by %d\n", who, short);
	NotFound =>
		sys->print("no account %q\n", e);
	Closed =>
		sys->print("bank closed\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := ref Bank(array[] of {"ann", "bob"}, array[] of {100, 20}, 1);
	try(b, "ann", 30);
	try(b, "bob", 50);
	try(b, "cid", 1);
	try(b, "ann", 70);
	try(b, "ann", 1);
	b.open = 0;
	try(b, "bob", 5);
	sys->print("balances %d %d\n", b.bal[0], b.bal[1]);
	{
		raise NotFound("direct");
	} exception x {
	NotFound =>
		sys->print("local raise caught: %s\n", x);
	}
}
