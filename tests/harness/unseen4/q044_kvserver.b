implement KV;

include "sys.m";
	sys: Sys;
include "draw.m";

KV: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Op: adt {
	pick {
	Put =>
		key, val: string;
	Get =>
		key: string;
		reply: chan of (int, string);
	Del =>
		key: string;
	Dump =>
		reply: chan of list of string;
	}
};

HSIZE: con 7;

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h*31 + s[i]) % HSIZE;
	return h;
}

server(ops: chan of ref Op)
{
	tab := array[HSIZE] of list of (string, string);
	for(;;){
		op := <-ops;
		if(op == nil)
			return;
		pick o := op {
		Put =>
			h := hash(o.key);
			nl: list of (string, string);
			for(l := tab[h]; l != nil; l = tl l)
				if((hd l).t0 != o.key)
					nl = hd l :: nl;
			tab[h] = (o.key, o.val) :: nl;
		Get =>
			found := 0;
			v := "";
			for(l := tab[hash(o.key)]; l != nil; l = tl l)
				if((hd l).t0 == o.key){
					found = 1;
					v = (hd l).t1;
				}
			o.reply <-= (found, v);
		Del =>
			h := hash(o.key);
			nl: list of (string, string);
			for(l := tab[h]; l != nil; l = tl l)
				if((hd l).t0 != o.key)
					nl = hd l :: nl;
			tab[h] = nl;
		Dump =>
			all: list of string;
			for(i := 0; i < HSIZE; i++)
				for(l := tab[i]; l != nil; l = tl l)
					all = (hd l).t0 + "=" + (hd l).t1 :: all;
			o.reply <-= sort(all);
		}
	}
}

sort(l: list of string): list of string
{
	a := array[len l] of string;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	for(i = 1; i < len a; i++)
		for(j := i; j > 0 && a[j] < a[j-1]; j--)
			(a[j], a[j-1]) = (a[j-1], a[j]);
	r: list of string;
	for(i = len a - 1; i >= 0; i--)
		r = a[i] :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ops := chan of ref Op;
	spawn server(ops);
	reply := chan of (int, string);
	dump := chan of list of string;
	script := "put a 1;put b 2;put c 3;get b;put b 20;get b;del a;get a;put long-key x y;get zz;dump;put d 4;dump";
	(nil, cmds) := sys->tokenize(script, ";");
	for(; cmds != nil; cmds = tl cmds){
		(n, f) := sys->tokenize(hd cmds, " ");
		sys->print("> %s\n", hd cmds);
		case hd f {
		"put" =>
			if(n != 3){
				sys->print("  usage: put key val\n");
				continue;
			}
			ops <-= ref Op.Put(hd tl f, hd tl tl f);
		"get" =>
			ops <-= ref Op.Get(hd tl f, reply);
			(ok, v) := <-reply;
			if(ok)
				sys->print("  %s\n", v);
			else
				sys->print("  (not found)\n");
		"del" =>
			ops <-= ref Op.Del(hd tl f);
		"dump" =>
			ops <-= ref Op.Dump(dump);
			for(l := <-dump; l != nil; l = tl l)
				sys->print("  %s\n", hd l);
		}
	}
	ops <-= nil;
}
