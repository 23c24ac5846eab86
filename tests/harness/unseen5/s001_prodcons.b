implement ProdCons;

include "sys.m";
	sys: Sys;
include "draw.m";

ProdCons: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Item: adt {
	seq:	int;
	weight:	int;
};

producer(id: int, n: int, out: chan of ref Item, done: chan of int)
{
	for(i := 0; i < n; i++)
		out <-= ref Item(id*100 + i, (i*7 + id*3) % 11);
	done <-= id;
}

consumer(in: chan of ref Item, result: chan of (int, int, int))
{
	count := 0;
	total := 0;
	maxw := -1;
	for(;;){
		it := <-in;
		if(it == nil)
			break;
		count++;
		total += it.weight;
		if(it.weight > maxw)
			maxw = it.weight;
	}
	result <-= (count, total, maxw);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	q := chan[8] of ref Item;
	done := chan of int;
	res := chan of (int, int, int);
	spawn consumer(q, res);
	nprod := 4;
	for(p := 1; p <= nprod; p++)
		spawn producer(p, 5 + p, q, done);
	finished := array[nprod+1] of {* => 0};
	for(k := 0; k < nprod; k++){
		id := <-done;
		finished[id] = 1;
	}
	for(k = 1; k <= nprod; k++)
		sys->print("producer %d finished=%d\n", k, finished[k]);
	q <-= nil;
	(count, total, maxw) := <-res;
	sys->print("items=%d total weight=%d max weight=%d\n", count, total, maxw);
	sys->print("buffered channel capacity used: %d\n", 8);
	avg := real total / real count;
	sys->print("average weight %.4f\n", avg);
}
