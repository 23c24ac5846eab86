implement Mailbox;

include "sys.m";
	sys: Sys;
include "draw.m";

Mailbox: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Msg: adt {
	src:	string;
	dst:	string;
	body:	string;
};

Op: adt {
	pick {
	Send =>
		m: ref Msg;
		reply: chan of string;
	Fetch =>
		user: string;
		reply: chan of list of ref Msg;
	Count =>
		reply: chan of (int, int);
	Quit =>
		reply: chan of string;
	}
};

MAXBOX: con 3;

server(ops: chan of ref Op)
{
	boxes: list of (string, list of ref Msg);
	delivered := 0;
	bounced := 0;
	for(;;) alt {
	op := <-ops =>
		pick o := op {
		Send =>
			(cur, rest) := take(boxes, o.m.dst);
			if(len cur >= MAXBOX){
				bounced++;
				boxes = (o.m.dst, cur) :: rest;
				o.reply <-= "bounce: mailbox full for " + o.m.dst;
			}else{
				delivered++;
				boxes = (o.m.dst, append(cur, o.m)) :: rest;
				o.reply <-= sys->sprint("queued #%d", delivered);
			}
		Fetch =>
			(cur, rest) := take(boxes, o.user);
			boxes = rest;
			o.reply <-= cur;
		Count =>
			o.reply <-= (delivered, bounced);
		Quit =>
			o.reply <-= "bye";
			return;
		}
	}
}

take(boxes: list of (string, list of ref Msg), user: string): (list of ref Msg, list of (string, list of ref Msg))
{
	found: list of ref Msg;
	rest: list of (string, list of ref Msg);
	for(; boxes != nil; boxes = tl boxes){
		(u, l) := hd boxes;
		if(u == user)
			found = l;
		else
			rest = (u, l) :: rest;
	}
	return (found, rest);
}

append(l: list of ref Msg, m: ref Msg): list of ref Msg
{
	if(l == nil)
		return m :: nil;
	return hd l :: append(tl l, m);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ops := chan of ref Op;
	spawn server(ops);
	rc := chan of string;
	sends := array[] of {
		("alice", "bob", "lunch at noon?"),
		("carol", "bob", "build is green"),
		("bob", "alice", "sure"),
		("dave", "bob", "ping"),
		("eve", "bob", "spam spam"),
		("alice", "carol", "review please"),
	};
	for(i := 0; i < len sends; i++){
		(f, t, b) := sends[i];
		ops <-= ref Op.Send(ref Msg(f, t, b), rc);
		sys->print("send %s->%s: %s\n", f, t, <-rc);
	}
	fc := chan of list of ref Msg;
	users := array[] of {"bob", "alice", "bob", "zed"};
	for(i = 0; i < len users; i++){
		ops <-= ref Op.Fetch(users[i], fc);
		ms := <-fc;
		sys->print("%s has %d message(s)\n", users[i], len ms);
		for(; ms != nil; ms = tl ms)
			sys->print("   from %-6s %q\n", (hd ms).src, (hd ms).body);
	}
	cc := chan of (int, int);
	ops <-= ref Op.Count(cc);
	(d, b) := <-cc;
	sys->print("delivered=%d bounced=%d\n", d, b);
	ops <-= ref Op.Quit(rc);
	sys->print("server: %s\n", <-rc);
}
