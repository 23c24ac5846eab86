# exercises channels of tuples and of ref adts, reply channels sent over channels
implement Tuplech;
include "sys.m";
include "draw.m";
sys: Sys;
Tuplech: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Req: adt {
	op: string;
	a, b: int;
	reply: chan of (int, string);
};
server(rq: chan of ref Req)
{
	for(;;){
		r := <-rq;
		if(r == nil) return;
		case r.op {
		"add" => r.reply <-= (r.a + r.b, nil);
		"div" =>
			if(r.b == 0) r.reply <-= (0, "div by zero");
			else r.reply <-= (r.a / r.b, nil);
		* => r.reply <-= (0, "bad op " + r.op);
		}
	}
}
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	rq := chan of ref Req;
	spawn server(rq);
	rep := chan of (int, string);
	ops := array[] of {("add", 2, 3), ("div", 9, 2), ("div", 1, 0), ("mul", 1, 1)};
	for(i := 0; i < len ops; i++){
		(op, a, b) := ops[i];
		rq <-= ref Req(op, a, b, rep);
		(v, err) := <-rep;
		sys->print("%s %d %d -> %d [%s]\n", op, a, b, v, err);
	}
	rq <-= nil;
	tc := chan[2] of (string, big, real);
	tc <-= ("x", big 1 << 33, 0.5);
	(s, bg, r) := <-tc;
	sys->print("%s %bd %g\n", s, bg, r);
}
