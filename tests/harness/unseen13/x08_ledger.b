implement Ledger;

include "sys.m";
	sys: Sys;
include "draw.m";

Ledger: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# amounts are kept in cents to avoid rounding trouble
Account: adt {
	id:	string;
	owner:	string;
	balance:	big;
	overdraft:	big;
	history:	list of ref Txn;
	post:	fn(a: self ref Account, t: ref Txn, delta: big);
};

Txn: adt {
	seq:	int;
	kind:	string;
	from, dest:	string;
	amount:	big;
	memo:	string;
};

Bank: adt {
	accounts:	list of ref Account;
	seq:	int;
	rejected:	int;
	open:	fn(b: self ref Bank, id, owner: string, overdraft: big): ref Account;
	get:	fn(b: self ref Bank, id: string): ref Account;
	apply:	fn(b: self ref Bank, kind, from, dest: string, amount: big, memo: string);
	interest:	fn(b: self ref Bank, rateppm: big);
	statement:	fn(b: self ref Bank, id: string);
};

money(c: big): string
{
	sign := "";
	if(c < big 0){
		sign = "-";
		c = -c;
	}
	return sys->sprint("%s%bd.%.2bd", sign, c / big 100, c % big 100);
}

Account.post(a: self ref Account, t: ref Txn, delta: big)
{
	if(a.balance + delta < -a.overdraft) raise sys->sprint("ledger: insufficient funds in %s (%s)", a.id, money(a.balance));
	a.balance += delta;
	a.history = t :: a.history;
}

Bank.open(b: self ref Bank, id, owner: string, overdraft: big): ref Account
{
	a := ref Account(id, owner, big 0, overdraft, nil);
	b.accounts = a :: b.accounts;
	return a;
}

Bank.get(b: self ref Bank, id: string): ref Account
{
	for(l := b.accounts; l != nil; l = tl l)
		if((hd l).id == id) return hd l;
	raise "ledger: no account " + id;
}

Bank.apply(b: self ref Bank, kind, from, dest: string, amount: big, memo: string)
{
	t := ref Txn(++b.seq, kind, from, dest, amount, memo);
	{
		if(amount <= big 0) raise "ledger: non-positive amount";
		case kind {
		"deposit" =>
			b.get(dest).post(t, amount);
		"withdraw" =>
			b.get(from).post(t, -amount);
		"transfer" =>
			src := b.get(from);
			dst := b.get(dest);
			src.post(t, -amount);
			dst.post(t, amount);
		* =>
			raise "ledger: unknown kind " + kind;
		}
	} exception e {
	"ledger:*" =>
		b.rejected++;
		sys->fprint(sys->fildes(2), "txn %d rejected: %s\n", t.seq, e[8:]);
	}
}

Bank.interest(b: self ref Bank, rateppm: big)
{
	for(l := b.accounts; l != nil; l = tl l){
		a := hd l;
		if(a.balance <= big 0) continue;
		amt := (a.balance * rateppm + big 500000) / big 1000000;
		if(amt > big 0)
			a.post(ref Txn(++b.seq, "interest", "", a.id, amt, "monthly"), amt);
	}
}

Bank.statement(b: self ref Bank, id: string)
{
	a := b.get(id);
	sys->print("statement %s (%s)\n", a.id, a.owner);
	rev: list of ref Txn;
	for(h := a.history; h != nil; h = tl h)
		rev = hd h :: rev;
	run := big 0;
	for(; rev != nil; rev = tl rev){
		t := hd rev;
		d := t.amount;
		if(t.from == id)
			d = -d;
		run += d;
		sys->print("  #%-3d %-9s %10s %10s  %s\n", t.seq, t.kind, money(d), money(run), t.memo);
	}
	if(run != a.balance) raise "fail:balance mismatch";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := ref Bank(nil, 0, 0);
	b.open("CHK-001", "Ada", big 5000);
	b.open("SAV-002", "Ada", big 0);
	b.open("CHK-003", "Brian", big 0);
	b.apply("deposit", "", "CHK-001", big 125000, "salary");
	b.apply("deposit", "", "CHK-003", big 40050, "cash");
	b.apply("transfer", "CHK-001", "SAV-002", big 60000, "save");
	b.apply("withdraw", "CHK-003", "", big 50000, "rent");
	b.apply("withdraw", "CHK-001", "", big 67500, "car");
	b.apply("transfer", "CHK-003", "CHK-001", big 1999, "lunch");
	b.apply("transfer", "SAV-002", "CHK-999", big 100, "typo");
	b.apply("withdraw", "CHK-001", "", big 0, "nothing");
	b.apply("refund", "", "CHK-001", big 10, "?");
	b.interest(big 4125);
	for(l := b.accounts; l != nil; l = tl l)
		b.statement((hd l).id);
	total := big 0;
	for(l = b.accounts; l != nil; l = tl l)
		total += (hd l).balance;
	sys->print("%d transactions, %d rejected, total holdings %s\n", b.seq, b.rejected, money(total));
}
