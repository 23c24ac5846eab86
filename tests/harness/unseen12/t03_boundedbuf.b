implement BoundedBuf;

include "sys.m";
	sys: Sys;
include "draw.m";

BoundedBuf: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Item: adt {
	prod:	int;
	seq:	int;
	val:	int;
};

CAP: con 4;
NPROD: con 3;
PERPROD: con 25;

# a ring buffer owned by one thread; alt disables the put side when
# full and the get side when empty by swapping in a channel no one uses
# (a nil channel in an alt is a nil dereference in the Dis VM)
buffer(put: chan of ref Item, get: chan of ref Item, hwm: chan of int)
{
	ring := array[CAP] of ref Item;
	head := 0;
	n := 0;
	high := 0;
	closed := 0;
	never := chan of ref Item;
	for(;;){
		pc := put;
		gc := get;
		if(n == CAP || closed)
			pc = never;
		if(n == 0)
			gc = never;
		if(n == 0 && closed){
			get <-= nil;	# end marker for the consumer
			hwm <-= high;
			return;
		}
		out: ref Item;
		if(n > 0)
			out = ring[head];
		alt {
		it := <-pc =>
			if(it == nil){
				closed = 1;
				break;
			}
			ring[(head+n) % CAP] = it;
			n++;
			if(n > high)
				high = n;
		gc <-= out =>
			ring[head] = nil;
			head = (head+1) % CAP;
			n--;
		}
	}
}

producer(id: int, put: chan of ref Item, fin: chan of int)
{
	v := id + 1;
	for(i := 0; i < PERPROD; i++){
		v = (v * 7 + 3) % 101;
		put <-= ref Item(id, i, v);
	}
	fin <-= id;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	put := chan of ref Item;
	get := chan of ref Item;
	hwm := chan of int;
	fin := chan of int;
	spawn buffer(put, get, hwm);
	for(p := 0; p < NPROD; p++)
		spawn producer(p, put, fin);
	# closer: waits for all producers, then sends the nil sentinel
	spawn closer(fin, put);

	lastseq := array[NPROD] of {* => -1};
	sums := array[NPROD] of {* => 0};
	count := 0;
	inorder := 1;
	for(;;){
		it := <-get;
		if(it == nil)
			break;
		if(it.seq != lastseq[it.prod] + 1)
			inorder = 0;
		lastseq[it.prod] = it.seq;
		sums[it.prod] += it.val;
		count++;
	}
	high := <-hwm;
	sys->print("consumed %d items (expected %d)\n", count, NPROD*PERPROD);
	for(p = 0; p < NPROD; p++)
		sys->print("producer %d: last seq %d, checksum %d\n", p, lastseq[p], sums[p]);
	if(inorder)
		sys->print("per-producer FIFO order preserved\n");
	else
		sys->print("ORDER VIOLATION\n");
	if(high >= 1 && high <= CAP)
		sys->print("buffer occupancy stayed within 1..%d\n", CAP);
	else
		sys->print("bad high-water mark %d\n", high);
}

closer(fin: chan of int, put: chan of ref Item)
{
	mask := 0;
	for(i := 0; i < NPROD; i++)
		mask |= 1 << <-fin;
	if(mask != (1<<NPROD)-1)
		raise "fail:closer lost a producer";
	put <-= nil;
}
