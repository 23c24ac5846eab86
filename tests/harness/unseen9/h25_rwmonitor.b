implement RWMonitor;

include "sys.m";
	sys: Sys;
include "draw.m";

RWMonitor: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

RW: adt {
	startread:	chan of int;
	endread:	chan of int;
	startwrite:	chan of int;
	endwrite:	chan of int;
	quit:	chan of chan of (int, int);
};

# shared data: a writer makes every slot equal; a reader must never see a mix
data := array[8] of {* => 0};
torn := 0;
maxreaders := 0;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	rw := ref RW(chan of int, chan of int, chan of int, chan of int, chan of chan of (int, int));
	spawn monitor(rw);

	done := chan of (string, int);
	for(i := 0; i < 4; i++)
		spawn reader(rw, i, done);
	for(i = 0; i < 2; i++)
		spawn writer(rw, i, done);
	rsum := 0;
	wcount := 0;
	for(i = 0; i < 6; i++){
		(kind, n) := <-done;
		if(kind == "r")
			rsum += n;
		else
			wcount += n;
	}
	r := chan of (int, int);
	rw.quit <-= r;
	(reads, writes) := <-r;
	sys->print("monitor granted %d reads and %d writes\n", reads, writes);
	sys->print("writers wrote %d times; readers saw %d values in all\n", wcount, rsum);
	sys->print("final data value %d\n", data[0]);
	sys->print("torn reads: %d\n", torn);
	sys->print("readers inside at once stayed within 1..4: %d\n", maxreaders >= 1 && maxreaders <= 4);
}

monitor(rw: ref RW)
{
	readers := 0;
	writing := 0;
	reads := 0;
	writes := 0;
	# nobody ever sends on these: an alt arm on one of them is switched off
	noread := chan of int;
	nowrite := chan of int;
	for(;;){
		sr := rw.startread;
		sw := rw.startwrite;
		if(writing)
			sr = noread;
		if(writing || readers > 0)
			sw = nowrite;
		alt {
		<-sr =>
			readers++;
			reads++;
			if(readers > maxreaders)
				maxreaders = readers;
		<-rw.endread =>
			readers--;
		<-sw =>
			writing = 1;
			writes++;
		<-rw.endwrite =>
			writing = 0;
		r := <-rw.quit =>
			r <-= (reads, writes);
			return;
		}
	}
}

reader(rw: ref RW, id: int, done: chan of (string, int))
{
	seen := 0;
	for(k := 0; k < 10; k++){
		rw.startread <-= id;
		v := data[0];
		for(i := 1; i < len data; i++){
			if(i == 4)
				sys->sleep(0);
			if(data[i] != v)
				torn++;
		}
		seen += 1;
		rw.endread <-= id;
	}
	done <-= ("r", seen);
}

writer(rw: ref RW, id: int, done: chan of (string, int))
{
	for(k := 0; k < 5; k++){
		rw.startwrite <-= id;
		v := data[0] + 1;
		for(i := 0; i < len data; i++){
			data[i] = v;
			if(i == 3)
				sys->sleep(0);	# a reader slipping in here would see a mix
		}
		rw.endwrite <-= id;
	}
	done <-= ("w", 5);
}
