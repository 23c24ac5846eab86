#args: 3 4
implement Baton;

include "sys.m";
	sys: Sys;
include "draw.m";

Baton: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

LOG: con "/tmp/o_28_shared.log";

# writer id may only write while holding the baton; it then passes it on.
# every writer has its own open of the file, hence its own offset.
writer(id, last, rounds, seekend: int, mine, next, final: chan of int, done: chan of int)
{
	fd := sys->open(LOG, Sys->OWRITE);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "writer %d: %r\n", id);
		done <-= -1;
		return;
	}
	for(r := 0; r < rounds; r++){
		seq := <-mine;
		if(seekend)
			sys->seek(fd, big 0, Sys->SEEKEND);
		sys->fprint(fd, "w%d r%d s%02d\n", id, r, seq);
		if(r == rounds-1 && last)
			final <-= seq + 1;	# the ring is finished: hand the baton home
		else
			next <-= seq + 1;
	}
	done <-= id;
}

runphase(title: string, n, rounds, seekend: int)
{
	fd := sys->create(LOG, Sys->OWRITE, 8r644);
	fd = nil;
	batons := array[n] of chan of int;
	for(i := 0; i < n; i++)
		batons[i] = chan of int;
	done := chan of int;
	home := chan of int;
	for(i = 0; i < n; i++)
		spawn writer(i, i == n-1, rounds, seekend, batons[i], batons[(i+1)%n], home, done);
	batons[0] <-= 0;
	final := <-home;
	for(i = 0; i < n; i++)
		<-done;
	(nil, d) := sys->stat(LOG);
	sys->print("== %s: final baton %d, file %bd bytes\n", title, final, d.length);
	show();
}

show()
{
	fd := sys->open(LOG, Sys->OREAD);
	buf := array[2048] of byte;
	n := sys->readn(fd, buf, len buf);
	if(n <= 0)
		return;
	(nl, lines) := sys->tokenize(string buf[0:n], "\n");
	sys->print("%d lines:", nl);
	for(k := 0; lines != nil; lines = tl lines){
		if(k++ % 4 == 0)
			sys->print("\n ");
		sys->print(" [%s]", hd lines);
	}
	sys->print("\n");
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 3;
	rounds := 3;
	if(len argv == 3){
		n = int hd tl argv;
		rounds = int hd tl tl argv;
	}
	# without seeking, each writer starts at offset 0 and clobbers the others
	runphase("private offsets", n, rounds, 0);
	# seeking to the end before each write gives a proper log
	runphase("seek to end", n, rounds, 1);
	sys->remove(LOG);
}
