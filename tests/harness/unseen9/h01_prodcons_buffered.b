implement ProdCons;

include "sys.m";
	sys: Sys;
include "draw.m";

ProdCons: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

Item: adt {
	producer:	int;
	seq:	int;
	value:	int;
};

NPROD: con 3;
NITEMS: con 8;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	buf := chan[4] of Item;
	done := chan of int;
	for(p := 0; p < NPROD; p++)
		spawn producer(p, buf, done);

	# a closer waits for all producers, then sends a sentinel
	spawn closer(buf, done);

	sums := array[NPROD] of {* => 0};
	lastseq := array[NPROD] of {* => -1};
	inorder := 1;
	total := 0;
	for(;;){
		it := <-buf;
		if(it.producer < 0)
			break;
		if(it.seq != lastseq[it.producer]+1)
			inorder = 0;
		lastseq[it.producer] = it.seq;
		sums[it.producer] += it.value;
		total++;
	}
	for(p = 0; p < NPROD; p++)
		sys->print("producer %d: last seq %d, sum %d\n", p, lastseq[p], sums[p]);
	sys->print("items consumed: %d\n", total);
	if(inorder)
		sys->print("per-producer order preserved\n");
	else
		sys->print("per-producer order broken\n");
}

producer(id: int, out: chan of Item, done: chan of int)
{
	for(i := 0; i < NITEMS; i++)
		out <-= Item(id, i, (id+1)*100 + i*i);
	done <-= id;
}

closer(out: chan of Item, done: chan of int)
{
	for(i := 0; i < NPROD; i++)
		<-done;
	out <-= Item(-1, 0, 0);
}
