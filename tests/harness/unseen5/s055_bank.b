implement Bank;

include "sys.m";
	sys: Sys;
include "draw.m";

Bank: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Req: adt {
	pick {
	Deposit =>
		acct:	int;
		amt:	int;
	Transfer =>
		src, dst:	int;
		amt:	int;
	Balance =>
		acct:	int;
	}
};

Ledger: adt {
	bal:	array of int;
	log:	list of string;

	serve:	fn(l: self ref Ledger, reqs: chan of ref Req, replies: chan of string, quit: chan of int);
};

Ledger.serve(l: self ref Ledger, reqs: chan of ref Req, replies: chan of string, quit: chan of int)
{
	for(;;) alt {
	r := <-reqs =>
		pick x := r {
		Deposit =>
			l.bal[x.acct] += x.amt;
			replies <-= sys->sprint("deposit %d to %d ok", x.amt, x.acct);
		Transfer =>
			if(l.bal[x.src] < x.amt){
				l.log = sys->sprint("refused %d->%d %d", x.src, x.dst, x.amt) :: l.log;
				replies <-= "transfer refused";
			}else{
				l.bal[x.src] -= x.amt;
				l.bal[x.dst] += x.amt;
				replies <-= sys->sprint("moved %d from %d to %d", x.amt, x.src, x.dst);
			}
		Balance =>
			replies <-= sys->sprint("account %d holds %d", x.acct, l.bal[x.acct]);
		}
	<-quit =>
		total := 0;
		for(i := 0; i < len l.bal; i++)
			total += l.bal[i];
		replies <-= sys->sprint("closing: total %d, %d refusals", total, len l.log);
		return;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ledger := ref Ledger(array[3] of {* => 0}, nil);
	reqs := chan of ref Req;
	replies := chan of string;
	quit := chan of int;
	spawn ledger.serve(reqs, replies, quit);
	script := array[] of {
		ref Req.Deposit(0, 500),
		ref Req.Deposit(1, 50),
		ref Req.Transfer(0, 2, 120),
		ref Req.Transfer(1, 0, 80),
		ref Req.Balance(0),
		ref Req.Balance(1),
		ref Req.Balance(2),
		ref Req.Transfer(2, 1, 120),
		ref Req.Balance(1),
	};
	for(i := 0; i < len script; i++){
		reqs <-= script[i];
		sys->print("%d: %s\n", i, <-replies);
	}
	quit <-= 1;
	sys->print("%s\n", <-replies);
	for(l := ledger.log; l != nil; l = tl l)
		sys->print("log: %s\n", hd l);
}
