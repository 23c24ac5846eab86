implement Bank;

include "sys.m";
	sys: Sys;
include "draw.m";

Bank: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Reply: type (int, string);

Req: adt {
	reply:	chan of Reply;
	pick {
	Open =>
		name:	string;
	Deposit =>
		acct:	int;
		amt:	int;
	Withdraw =>
		acct:	int;
		amt:	int;
	Transfer =>
		src, dst:	int;
		amt:	int;
	Balance =>
		acct:	int;
	Audit =>
	Quit =>
	}
};

Account: adt {
	name:	string;
	bal:	int;
	ops:	int;
};

monitor(reqs: chan of ref Req, done: chan of int)
{
	accts := array[0] of ref Account;
	nreq := 0;
	for(;;){
		r := <-reqs;
		nreq++;
		pick m := r {
		Open =>
			na := array[len accts + 1] of ref Account;
			na[0:] = accts;
			na[len accts] = ref Account(m.name, 0, 0);
			accts = na;
			m.reply <-= (len accts - 1, "opened " + m.name);
		Deposit =>
			if(m.acct < 0 || m.acct >= len accts){
				m.reply <-= (-1, "no such account");
				break;
			}
			a := accts[m.acct];
			a.bal += m.amt;
			a.ops++;
			m.reply <-= (a.bal, "ok");
		Withdraw =>
			if(m.acct < 0 || m.acct >= len accts){
				m.reply <-= (-1, "no such account");
				break;
			}
			a := accts[m.acct];
			if(a.bal < m.amt){
				m.reply <-= (a.bal, "insufficient funds");
				break;
			}
			a.bal -= m.amt;
			a.ops++;
			m.reply <-= (a.bal, "ok");
		Transfer =>
			{
				f := accts[m.src];
				t := accts[m.dst];
				if(f.bal < m.amt)
					raise "bank:overdraft";
				f.bal -= m.amt;
				t.bal += m.amt;
				f.ops++;
				t.ops++;
				m.reply <-= (f.bal, sys->sprint("moved %d %s->%s", m.amt, f.name, t.name));
			} exception e {
			"array bounds error" =>
				m.reply <-= (-1, "bad account");
			"bank:*" =>
				m.reply <-= (-2, e[5:]);
			}
		Balance =>
			a := accts[m.acct];
			m.reply <-= (a.bal, a.name);
		Audit =>
			total := 0;
			s := "";
			for(i := 0; i < len accts; i++){
				total += accts[i].bal;
				s += sys->sprint("%s:%d/%d ", accts[i].name, accts[i].bal, accts[i].ops);
			}
			m.reply <-= (total, s);
		Quit =>
			m.reply <-= (nreq, "bye");
			done <-= nreq;
			return;
		}
	}
}

client(id: int, reqs: chan of ref Req, acct: int, n: int, fin: chan of string)
{
	rc := chan of Reply;
	for(i := 0; i < n; i++){
		reqs <-= ref Req.Deposit(rc, acct, 10 * (id + 1));
		<-rc;
	}
	reqs <-= ref Req.Balance(rc, acct);
	(nil, name) := <-rc;
	fin <-= sys->sprint("client %d done on %s", id, name);
}

call(reqs: chan of ref Req, r: ref Req): Reply
{
	reqs <-= r;
	return <-r.reply;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reqs := chan of ref Req;
	done := chan of int;
	spawn monitor(reqs, done);
	rc := chan of Reply;
	names := array[] of {"alice", "bob", "carol"};
	for(i := 0; i < len names; i++){
		(n, msg) := call(reqs, ref Req.Open(rc, names[i]));
		sys->print("%d %s\n", n, msg);
	}
	(b, s) := call(reqs, ref Req.Deposit(rc, 0, 100));
	sys->print("deposit: %d %s\n", b, s);
	(b, s) = call(reqs, ref Req.Withdraw(rc, 0, 150));
	sys->print("withdraw: %d %s\n", b, s);
	(b, s) = call(reqs, ref Req.Withdraw(rc, 0, 30));
	sys->print("withdraw: %d %s\n", b, s);
	(b, s) = call(reqs, ref Req.Deposit(rc, 7, 1));
	sys->print("deposit: %d %s\n", b, s);
	(b, s) = call(reqs, ref Req.Transfer(rc, 0, 2, 50));
	sys->print("transfer: %d %s\n", b, s);
	(b, s) = call(reqs, ref Req.Transfer(rc, 0, 2, 50));
	sys->print("transfer: %d %s\n", b, s);
	(b, s) = call(reqs, ref Req.Transfer(rc, 1, 9, 0));
	sys->print("transfer: %d %s\n", b, s);

	fin := chan of string;
	spawn client(0, reqs, 1, 5, fin);
	spawn client(1, reqs, 1, 3, fin);
	spawn client(2, reqs, 2, 4, fin);
	msgs: list of string;
	for(i = 0; i < 3; i++)
		msgs = <-fin :: msgs;
	sys->print("%d client messages\n", len msgs);

	(b, s) = call(reqs, ref Req.Audit(rc));
	sys->print("audit total %d: %s\n", b, s);
	(b, s) = call(reqs, ref Req.Quit(rc));
	sys->print("quit: %d %s\n", b, s);
	sys->print("monitor handled %d\n", <-done);
}
