implement P49;
include "sys.m";
	sys: Sys;
include "draw.m";
P49: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Msg: adt {
	id: int;
	body: string;
	data: array of byte;
};

Req: adt {
	pick {
	Get => key: string;
	Put => key: string; val: int;
	Quit =>
	}
};

store(rc: chan of ref Req, out: chan of string)
{
	db: list of (string, int);
	for(;;){
		r := <-rc;
		pick x := r {
		Get =>
			v := -1;
			for(l := db; l != nil; l = tl l){
				(k, n) := hd l;
				if(k == x.key){
					v = n;
					break;
				}
			}
			out <-= sys->sprint("get %s=%d", x.key, v);
		Put =>
			db = (x.key, x.val) :: db;
			out <-= "put " + x.key;
		Quit =>
			out <-= "bye";
			return;
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	mc := chan[3] of Msg;
	mc <-= Msg(1, "first", array of byte "abc");
	mc <-= Msg(2, "second", nil);
	m := <-mc;
	sys->print("%d %s %d\n", m.id, m.body, len m.data);
	m = <-mc;
	sys->print("%d %s %d\n", m.id, m.body, len m.data);
	ac := chan of array of int;
	spawn arrsend(ac);
	a := <-ac;
	a[0] = 99;
	sys->print("arr %d %d\n", a[0], len a);
	b := <-ac;
	sys->print("shared %d\n", b[0]);
	rc := chan of ref Req;
	out := chan of string;
	spawn store(rc, out);
	reqs := array[] of {ref Req.Put("a", 1), ref Req.Put("b", 2), ref Req.Get("a"), ref Req.Get("z"), ref Req.Put("a", 5), ref Req.Get("a"), ref Req.Quit};
	for(i := 0; i < len reqs; i++){
		rc <-= reqs[i];
		sys->print("%s\n", <-out);
	}
	lc := chan of list of string;
	spawn lsend(lc);
	for(l := <-lc; l != nil; l = tl l)
		sys->print("l %s\n", hd l);
}

arr: array of int;

arrsend(c: chan of array of int)
{
	arr = array[4] of {* => 7};
	c <-= arr;
	c <-= arr;
}

lsend(c: chan of list of string)
{
	c <-= "p" :: "q" :: nil;
}
