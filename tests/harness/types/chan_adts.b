implement ChanAdts;

include "sys.m";
	sys: Sys;
include "draw.m";

ChanAdts: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Msg: adt {
	id: int;
	text: string;
	data: array of int;
};

Req: adt {
	n: int;
	reply: chan of Msg;
};

Ev: adt {
	pick {
	Key =>
		c: int;
	Quit =>
	}
};

worker(reqs: chan of ref Req)
{
	for(;;){
		r := <-reqs;
		if(r == nil)
			break;
		r.reply <-= Msg(r.n, "sq", array[] of {r.n * r.n});
	}
}

producer(c: chan of Msg, n: int)
{
	m := Msg(0, "p", array[1] of {* => 0});
	for(i := 0; i < n; i++){
		m.id = i;
		m.data[0] = i * 10;
		c <-= m;
	}
	m.text = nil;
	c <-= m;
}

events(c: chan of ref Ev, done: chan of int)
{
	n := 0;
	for(;;){
		e := <-c;
		pick x := e {
		Key =>
			sys->print("key %c\n", x.c);
			n++;
		Quit =>
			done <-= n;
			return;
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	c := chan of Msg;
	spawn producer(c, 3);
	for(;;){
		m := <-c;
		if(m.text == nil)
			break;
		sys->print("got id=%d data=%d\n", m.id, m.data[0]);
	}

	reqs := chan of ref Req;
	spawn worker(reqs);
	rc := chan of Msg;
	for(i := 1; i <= 3; i++){
		reqs <-= ref Req(i, rc);
		m := <-rc;
		sys->print("reply %d %s %d\n", m.id, m.text, m.data[0]);
	}
	reqs <-= nil;

	ec := chan[4] of ref Ev;
	done := chan of int;
	ec <-= ref Ev.Key('a');
	ec <-= ref Ev.Key('b');
	ec <-= ref Ev.Quit;
	spawn events(ec, done);
	sys->print("events %d\n", <-done);

	bc := chan[2] of Msg;
	orig := Msg(5, "orig", array[] of {1});
	bc <-= orig;
	orig.text = "changed";
	orig.data[0] = 2;
	got := <-bc;
	sys->print("buffered copy: %s shared array %d\n", got.text, got.data[0]);

	tc := chan[1] of (Msg, int);
	tc <-= (orig, 9);
	(tm, tn) := <-tc;
	sys->print("tuple chan %s %d\n", tm.text, tn);

	ac := array[2] of chan of Msg;
	ac[0] = chan[1] of Msg;
	ac[1] = chan[1] of Msg;
	ac[1] <-= Msg(7, "arr", nil);
	(idx, am) := <-ac;
	sys->print("alt-like recv idx=%d id=%d\n", idx, am.id);
}
