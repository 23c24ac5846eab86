implement BankPick;

include "sys.m";
	sys: Sys;
include "draw.m";

BankPick: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Req: adt {
	reply:	chan of string;
	pick {
	Open =>
		name:	string;
		initial:	int;
	Deposit =>
		name:	string;
		amount:	int;
	Transfer =>
		src, dst:	string;
		amount:	int;
	Report =>
	Close =>
	}
};

Acct: adt {
	name:	string;
	bal:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bank := chan of ref Req;
	spawn banker(bank);

	r := chan of string;
	reqs := array[] of {
		ref Req.Open(r, "ada", 100),
		ref Req.Open(r, "ben", 50),
		ref Req.Open(r, "ada", 5),
		ref Req.Deposit(r, "ben", 25),
		ref Req.Transfer(r, "ada", "ben", 30),
		ref Req.Transfer(r, "ben", "ada", 500),
		ref Req.Transfer(r, "ada", "cat", 1),
		ref Req.Open(r, "cat", 0),
		ref Req.Transfer(r, "ben", "cat", 105),
		ref Req.Deposit(r, "dan", 3),
		ref Req.Report(r),
	};
	for(i := 0; i < len reqs; i++){
		bank <-= reqs[i];
		sys->print("%2d %s\n", i, <-r);
	}

	# many concurrent depositors; the server serialises them
	done := chan of int;
	for(i = 0; i < 5; i++)
		spawn depositor(bank, "ben", i+1, done);
	for(i = 0; i < 5; i++)
		<-done;
	bank <-= ref Req.Report(r);
	sys->print("after depositors: %s\n", <-r);
	bank <-= ref Req.Close(r);
	sys->print("%s\n", <-r);
}

# each depositor deposits its amount 10 times, with its own reply channel
depositor(bank: chan of ref Req, name: string, amt: int, done: chan of int)
{
	mine := chan of string;
	for(i := 0; i < 10; i++){
		bank <-= ref Req.Deposit(mine, name, amt);
		<-mine;
	}
	done <-= amt;
}

banker(bank: chan of ref Req)
{
	accts: list of ref Acct;
	for(;;){
		req := <-bank;
		pick q := req {
		Open =>
			if(find(accts, q.name) != nil)
				q.reply <-= "open " + q.name + ": exists";
			else{
				accts = ref Acct(q.name, q.initial) :: accts;
				q.reply <-= sys->sprint("open %s with %d", q.name, q.initial);
			}
		Deposit =>
			a := find(accts, q.name);
			if(a == nil)
				q.reply <-= "deposit " + q.name + ": no such account";
			else{
				a.bal += q.amount;
				q.reply <-= sys->sprint("deposit %d to %s: %d", q.amount, a.name, a.bal);
			}
		Transfer =>
			f := find(accts, q.src);
			t := find(accts, q.dst);
			if(f == nil || t == nil)
				q.reply <-= "transfer: unknown account";
			else if(f.bal < q.amount)
				q.reply <-= sys->sprint("transfer %d %s->%s: insufficient (%d)", q.amount, f.name, t.name, f.bal);
			else{
				f.bal -= q.amount;
				t.bal += q.amount;
				q.reply <-= sys->sprint("transfer %d %s->%s: ok", q.amount, f.name, t.name);
			}
		Report =>
			s := "";
			for(l := accts; l != nil; l = tl l)
				s = sys->sprint(" %s=%d", (hd l).name, (hd l).bal) + s;
			q.reply <-= "accounts:" + s;
		Close =>
			n := 0;
			for(l := accts; l != nil; l = tl l)
				n += (hd l).bal;
			q.reply <-= sys->sprint("bank closed holding %d", n);
			return;
		}
	}
}

find(l: list of ref Acct, name: string): ref Acct
{
	for(; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	return nil;
}
