#args: 3 6
implement Bank;

include "sys.m";
	sys: Sys;
include "draw.m";

Bank: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Req: adt {
	pick {
	Transfer =>
		src, dst, amount: int;
		reply: chan of string;
	Deposit =>
		acct, amount: int;
		reply: chan of string;
	Done =>
		teller, oks: int;
	}
};

NACCT: con 5;

Account: adt {
	name:	string;
	bal:	int;
	nin, nout:	int;

	credit:	fn(a: self ref Account, n: int);
	debit:	fn(a: self ref Account, n: int): int;
};

Account.credit(a: self ref Account, n: int)
{
	a.bal += n;
	a.nin++;
}

Account.debit(a: self ref Account, n: int): int
{
	if(a.bal < n)
		return 0;
	a.bal -= n;
	a.nout++;
	return 1;
}

names := array[] of {"alice", "bob", "carol", "dave", "erin"};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	ntellers := 2;
	rounds := 4;
	argv = tl argv;
	if(argv != nil){
		ntellers = int hd argv;
		argv = tl argv;
	}
	if(argv != nil)
		rounds = int hd argv;

	accts := array[NACCT] of ref Account;
	for(i := 0; i < NACCT; i++)
		accts[i] = ref Account(names[i], 100, 0, 0);

	reqs := array[ntellers] of chan of ref Req;
	for(i = 0; i < ntellers; i++){
		reqs[i] = chan of ref Req;
		spawn teller(i, rounds, reqs[i]);
	}
	total := 0;
	for(i = 0; i < NACCT; i++)
		total += accts[i].bal;
	sys->print("opening total %d across %d accounts, %d tellers\n", total, NACCT, ntellers);

	# serve tellers strictly round-robin so the ledger order is fixed
	live := ntellers;
	done := array[ntellers] of {* => 0};
	rejected := 0;
	for(t := 0; live > 0; t = (t+1) % ntellers){
		if(done[t])
			continue;
		msg := "";
		reply: chan of string;
		pick r := <-reqs[t] {
		Transfer =>
			reply = r.reply;
			if(r.src == r.dst || r.amount <= 0){
				msg = "bad request";
				rejected++;
			}else if(accts[r.src].debit(r.amount)){
				accts[r.dst].credit(r.amount);
				msg = sys->sprint("ok %s->%s %d", names[r.src], names[r.dst], r.amount);
			}else{
				msg = sys->sprint("NSF %s has %d, wants %d", names[r.src], accts[r.src].bal, r.amount);
				rejected++;
			}
		Deposit =>
			reply = r.reply;
			accts[r.acct].credit(r.amount);
			msg = sys->sprint("dep %s +%d", names[r.acct], r.amount);
		Done =>
			done[r.teller] = 1;
			live--;
			sys->print("teller%d finished, %d accepted\n", r.teller, r.oks);
		}
		if(reply != nil){
			sys->print("teller%d: %s\n", t, msg);
			reply <-= msg;
		}
	}

	sys->print("\nfinal ledger:\n");
	total = 0;
	for(i = 0; i < NACCT; i++){
		a := accts[i];
		sys->print("  %-6s %5d  in=%d out=%d\n", a.name, a.bal, a.nin, a.nout);
		total += a.bal;
	}
	sys->print("closing total %d, rejected %d\n", total, rejected);
}

teller(id, rounds: int, req: chan of ref Req)
{
	seed := 17 + id*31;
	reply := chan of string;
	oks := 0;
	for(k := 0; k < rounds; k++){
		seed = (seed*1103 + 12345) % 65536;
		src := seed % NACCT;
		dst := (seed/7) % NACCT;
		amt := 10 + (seed/13) % 90;
		if(k == rounds-1 && id == 0)
			req <-= ref Req.Deposit(src, 25, reply);
		else
			req <-= ref Req.Transfer(src, dst, amt, reply);
		msg := <-reply;
		if(len msg > 3 && (msg[0:3] == "ok " || msg[0:4] == "dep "))
			oks++;
	}
	req <-= ref Req.Done(id, oks);
}
