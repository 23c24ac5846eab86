implement BoundedBuf;

include "sys.m";
	sys: Sys;
include "draw.m";

BoundedBuf: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Item: adt {
	producer:	int;
	seq:	int;
	payload:	string;
};

# a bounded buffer process: accepts puts while not full, offers gets while not empty
buffer(size: int, put: chan of ref Item, get: chan of ref Item, quit: chan of int, report: chan of string)
{
	ring := array[size] of ref Item;
	head := 0;
	count := 0;
	maxseen := 0;
	# alt may not name a nil channel, so pick the alt by state
	for(;;){
		if(count == 0){
			alt{
			it := <-put =>
				ring[(head + count++) % size] = it;
			<-quit =>
				report <-= sys->sprint("buffer done: left=%d peak=%d/%d", count, maxseen, size);
				return;
			}
		}else if(count == size){
			get <-= ring[head];
			ring[head] = nil;
			head = (head + 1) % size;
			count--;
		}else{
			alt{
			it := <-put =>
				ring[(head + count++) % size] = it;
			get <-= ring[head] =>
				ring[head] = nil;
				head = (head + 1) % size;
				count--;
			}
		}
		if(count > maxseen)
			maxseen = count;
	}
}

producer(id, n: int, put: chan of ref Item, done: chan of int)
{
	for(i := 0; i < n; i++)
		put <-= ref Item(id, i, sys->sprint("p%d-%c", id, 'a'+i));
	done <-= id;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	put := chan of ref Item;
	get := chan of ref Item;
	quit := chan of int;
	report := chan of string;
	done := chan of int;
	spawn buffer(4, put, get, quit, report);
	NP: con 3;
	PER: con 5;
	for(p := 0; p < NP; p++)
		spawn producer(p, PER, put, done);
	# consume everything; per-producer order must be preserved
	last := array[NP] of {* => -1};
	perprod := array[NP] of {* => ""};
	for(k := 0; k < NP*PER; k++){
		it := <-get;
		if(it.seq != last[it.producer] + 1)
			sys->print("out of order: %s\n", it.payload);
		last[it.producer] = it.seq;
		perprod[it.producer] += " " + it.payload;
	}
	fin := array[NP] of int;
	for(p = 0; p < NP; p++)
		fin[<-done] = 1;
	for(p = 0; p < NP; p++)
		sys->print("producer %d finished=%d:%s\n", p, fin[p], perprod[p]);
	quit <-= 1;
	sys->print("%s\n", <-report);
}
