implement Inventory;

include "sys.m";
	sys: Sys;
include "draw.m";

Inventory: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Item: adt {
	sku:	string;
	name:	string;
	qty:	int;
	price:	int;	# cents
	reorder:	int;
};

Req: adt {
	pick {
	Stock =>	sku: string; n: int;
	Order =>	customer: string; lines: list of (string, int);
	Report =>
	Quit =>
	}
};

Reply: adt {
	ok:	int;
	msg:	string;
	total:	int;
};

Store: adt {
	items:	list of ref Item;
	revenue:	int;
	orders:	int;
	find:	fn(s: self ref Store, sku: string): ref Item;
	order:	fn(s: self ref Store, lines: list of (string, int)): (int, string);
};

Store.find(s: self ref Store, sku: string): ref Item
{
	for(l := s.items; l != nil; l = tl l)
		if((hd l).sku == sku) return hd l;
	return nil;
}

# all-or-nothing: check every line before changing anything
Store.order(s: self ref Store, lines: list of (string, int)): (int, string)
{
	total := 0;
	for(l := lines; l != nil; l = tl l){
		(sku, n) := hd l;
		it := s.find(sku);
		if(it == nil) return (-1, "no such item " + sku);
		if(it.qty < n) return (-1, sys->sprint("only %d of %s left", it.qty, it.name));
		total += n * it.price;
	}
	for(l = lines; l != nil; l = tl l){
		(sku, n) := hd l;
		s.find(sku).qty -= n;
	}
	s.revenue += total;
	s.orders++;
	return (total, nil);
}

cents(c: int): string
{
	return sys->sprint("$%d.%.2d", c/100, c%100);
}

server(s: ref Store, reqs: chan of (ref Req, chan of Reply), done: chan of int)
{
	for(;;){
		(r, rc) := <-reqs;
		pick q := r {
		Stock =>
			it := s.find(q.sku);
			if(it == nil)
				rc <-= Reply(0, "unknown sku " + q.sku, 0);
			else{
				it.qty += q.n;
				rc <-= Reply(1, sys->sprint("%s now %d", it.name, it.qty), 0);
			}
		Order =>
			(total, err) := s.order(q.lines);
			if(total < 0)
				rc <-= Reply(0, q.customer + ": " + err, 0);
			else
				rc <-= Reply(1, q.customer + " pays " + cents(total), total);
		Report =>
			msg := "";
			for(l := s.items; l != nil; l = tl l){
				it := hd l;
				flag := "";
				if(it.qty <= it.reorder)
					flag = "  <-- reorder";
				msg += sys->sprint("  %-6s %-12s %3d @ %s%s\n", it.sku, it.name, it.qty, cents(it.price), flag);
			}
			msg += sys->sprint("  %d orders, revenue %s", s.orders, cents(s.revenue));
			rc <-= Reply(1, msg, s.revenue);
		Quit =>
			rc <-= Reply(1, "bye", 0);
			done <-= 1;
			return;
		}
	}
}

client(name: string, reqs: chan of (ref Req, chan of Reply), script: array of ref Req, next: chan of int)
{
	rc := chan of Reply;
	for(i := 0; i < len script; i++){
		reqs <-= (script[i], rc);
		r := <-rc;
		if(r.ok)
			sys->print("[%s] %s\n", name, r.msg);
		else
			sys->print("[%s] refused: %s\n", name, r.msg);
	}
	next <-= 1;
}

script(a, b, c, d: ref Req): array of ref Req
{
	all := array[] of {a, b, c, d};
	n := 0;
	while(n < len all && all[n] != nil)
		n++;
	return all[0:n];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := ref Store(nil, 0, 0);
	s.items = ref Item("W-100", "widget", 40, 250, 10) ::
		ref Item("G-200", "gadget", 5, 1999, 3) ::
		ref Item("S-300", "sprocket", 120, 45, 50) :: nil;
	reqs := chan of (ref Req, chan of Reply);
	done := chan of int;
	next := chan of int;
	spawn server(s, reqs, done);
	# clients run one after another so the log order is fixed
	spawn client("alice", reqs, script(
		ref Req.Order("alice", ("W-100", 10) :: ("S-300", 60) :: nil),
		ref Req.Order("alice", ("G-200", 6) :: nil), nil, nil), next);
	<-next;
	spawn client("bob", reqs, script(
		ref Req.Order("bob", ("G-200", 3) :: ("W-100", 25) :: nil),
		ref Req.Order("bob", ("X-999", 1) :: nil),
		ref Req.Stock("G-200", 10),
		ref Req.Stock("Q-1", 1)), next);
	<-next;
	spawn client("admin", reqs, script(ref Req.Report, ref Req.Quit, nil, nil), next);
	<-next;
	<-done;
	sys->print("server stopped; %d orders filled\n", s.orders);
}
