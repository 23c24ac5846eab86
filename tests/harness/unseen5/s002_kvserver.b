implement KVServer;

include "sys.m";
	sys: Sys;
include "draw.m";

KVServer: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Put: adt {
	key:	string;
	val:	int;
};

Entry: adt {
	key:	string;
	val:	int;
	hits:	int;
};

server(puts: chan of Put, gets: chan of (string, chan of int), dump: chan of chan of string, quit: chan of int)
{
	table: list of ref Entry;
	for(;;) alt {
	p := <-puts =>
		found := 0;
		for(l := table; l != nil; l = tl l)
			if((hd l).key == p.key){
				(hd l).val = p.val;
				found = 1;
			}
		if(!found)
			table = ref Entry(p.key, p.val, 0) :: table;
	(k, reply) := <-gets =>
		v := -1;
		for(l := table; l != nil; l = tl l)
			if((hd l).key == k){
				v = (hd l).val;
				(hd l).hits++;
			}
		reply <-= v;
	out := <-dump =>
		for(l := table; l != nil; l = tl l){
			e := hd l;
			out <-= sys->sprint("%s=%d (hits %d)", e.key, e.val, e.hits);
		}
		out <-= nil;
	<-quit =>
		sys->print("server: shutting down with %d keys\n", len table);
		quit <-= 0;
		return;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	puts := chan of Put;
	gets := chan of (string, chan of int);
	dump := chan of chan of string;
	quit := chan of int;
	spawn server(puts, gets, dump, quit);

	words := array[] of {"alpha", "beta", "gamma", "delta", "beta", "alpha", "alpha"};
	for(i := 0; i < len words; i++)
		puts <-= Put(words[i], i * i);
	reply := chan of int;
	qs := array[] of {"alpha", "zeta", "beta", "alpha", "gamma"};
	for(i = 0; i < len qs; i++){
		gets <-= (qs[i], reply);
		v := <-reply;
		sys->print("get %s -> %d\n", qs[i], v);
	}
	lines := chan of string;
	dump <-= lines;
	for(;;){
		s := <-lines;
		if(s == nil)
			break;
		sys->print("  %s\n", s);
	}
	quit <-= 1;
	<-quit;
	sys->print("done\n");
}
