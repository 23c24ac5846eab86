implement TypedExc;

include "sys.m";
	sys: Sys;
include "draw.m";

TypedExc: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Parse: exception(string, int);
Range: exception(int);
Empty: exception;

Account: adt {
	name: string;
	balance: int;
};

withdraw(a: ref Account, amt: int) raises (Range, Empty)
{
	if(a.balance == 0)
		raise Empty;
	if(amt > a.balance)
		raise Range(amt - a.balance);
	a.balance -= amt;
}

parsenum(s: string, pos: int): int raises (Parse)
{
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c < '0' || c > '9')
			raise Parse("bad digit '" + s[i:i+1] + "'", pos + i);
		n = n*10 + c - '0';
	}
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	acct := ref Account("alice", 100);
	amounts := array[] of {30, 80, 70, 10};
	for(i := 0; i < len amounts; i++){
		{
			withdraw(acct, amounts[i]);
			sys->print("withdrew %d, balance %d\n", amounts[i], acct.balance);
		} exception e {
		Range =>
			short := e;
			sys->print("cannot withdraw %d: short by %d\n", amounts[i], short);
		Empty =>
			sys->print("account %s is empty\n", acct.name);
		}
	}
	fields := array[] of {"123", "45x6", "", "9z"};
	for(i = 0; i < len fields; i++){
		{
			sys->print("field %d = %d\n", i, parsenum(fields[i], 10*i));
		} exception e {
		Parse =>
			(msg, pos) := e;
			sys->print("field %d: %s at %d\n", i, msg, pos);
		}
	}
	{
		{
			withdraw(ref Account("bob", 1), 6);
		} exception e {
		Parse =>
			sys->print("wrong handler\n");
		}
	} exception e2 {
	"*" =>
		sys->print("outer caught a typed exception via *: %s\n", e2);
	}
	{
		raise "Range";
	} exception e {
	Range =>
		sys->print("string matched typed: %d\n", e);
	"*" =>
		sys->print("plain string %s is not the typed exception\n", e);
	}
}
