implement BankMonitor;

include "sys.m";
	sys: Sys;
include "draw.m";

BankMonitor: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Op: adt {
	pick {
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
	Shutdown =>
	}
};

Req: type (ref Op, chan of (int, string));

NACCT: con 4;

# the bank is one thread; all state lives here
bank(reqs: chan of Req)
{
	bal := array[NACCT] of {* => 100};
	refused := 0;
	for(;;){
		(op, reply) := <-reqs;
		err: string;
		v := 0;
		pick o := op {
		Deposit =>
			bal[o.acct] += o.amt;
			v = bal[o.acct];
		Withdraw =>
			if(bal[o.acct] < o.amt)
				err = "insufficient funds";
			else{
				bal[o.acct] -= o.amt;
				v = bal[o.acct];
			}
		Transfer =>
			if(o.src == o.dst)
				err = "same account";
			else if(bal[o.src] < o.amt)
				err = "insufficient funds";
			else{
				bal[o.src] -= o.amt;
				bal[o.dst] += o.amt;
				v = bal[o.src];
			}
		Balance =>
			v = bal[o.acct];
		Shutdown =>
			t := 0;
			for(i := 0; i < NACCT; i++){
				sys->print("  account %d: %d\n", i, bal[i]);
				t += bal[i];
			}
			reply <-= (t, sys->sprint("%d refused", refused));
			return;
		}
		if(err != nil)
			refused++;
		reply <-= (v, err);
	}
}

# each customer performs a fixed script; the interleaving between
# customers varies, so only their own tallies are reported in order
customer(id: int, reqs: chan of Req, report: chan of string)
{
	reply := chan of (int, string);
	ok := 0;
	fail := 0;
	for(i := 0; i < 6; i++){
		op: ref Op;
		case i % 3 {
		0 =>	op = ref Op.Deposit(id, 10*(i+1));
		1 =>	op = ref Op.Transfer(id, (id+1)%NACCT, 15);
		2 =>	op = ref Op.Withdraw(id, 5*id);
		}
		reqs <-= (op, reply);
		(nil, err) := <-reply;
		if(err == nil)
			ok++;
		else
			fail++;
	}
	report <-= sys->sprint("customer %d: %d ok, %d refused", id, ok, fail);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reqs := chan of Req;
	spawn bank(reqs);

	reports := array[NACCT] of chan of string;
	for(i := 0; i < NACCT; i++){
		reports[i] = chan of string;
		spawn customer(i, reqs, reports[i]);
	}
	for(i = 0; i < NACCT; i++)
		sys->print("%s\n", <-reports[i]);

	# some requests that must fail regardless of order
	reply := chan of (int, string);
	reqs <-= (ref Op.Withdraw(2, 1000000), reply);
	(v, err) := <-reply;
	sys->print("huge withdrawal: %d %s\n", v, err);
	reqs <-= (ref Op.Transfer(1, 1, 5), reply);
	(v, err) = <-reply;
	sys->print("self transfer: %s\n", err);

	sys->print("closing bank:\n");
	reqs <-= (ref Op.Shutdown, reply);
	(total, msg) := <-reply;
	# each customer deposits 10+40 and withdraws 5*id twice
	expect := 0;
	for(i = 0; i < NACCT; i++)
		expect += 100 + 10 + 40 - 2*5*i;
	sys->print("total money %d (expected %d), %s\n", total, expect, msg);
}
