implement BankQueue;

include "sys.m";
	sys: Sys;
include "draw.m";

BankQueue: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Req: adt {
	id: int;
	amount: int;
	reply: chan of (int, string);
};

teller(reqs: chan of ref Req, quit: chan of int)
{
	balance := 100;
	served := 0;
	for(;;) alt {
	r := <-reqs =>
		served++;
		if(balance + r.amount < 0)
			r.reply <-= (balance, "refused");
		else{
			balance += r.amount;
			r.reply <-= (balance, "ok");
		}
	<-quit =>
		quit <-= served;
		return;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reqs := chan[4] of ref Req;
	quit := chan of int;
	spawn teller(reqs, quit);
	amounts := array[] of {50, -120, -40, 200, -300, -190, 10};
	reply := chan of (int, string);
	for(i := 0; i < len amounts; i++){
		reqs <-= ref Req(i, amounts[i], reply);
		(bal, status) := <-reply;
		sys->print("req %d amount %+d: %s balance %d\n", i, amounts[i], status, bal);
	}
	quit <-= 1;
	sys->print("teller served %d\n", <-quit);
}
