implement BufioPipe;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

BufioPipe: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# writer: emits records "id:name:score;" through a buffered pipe end
writer(fd: ref Sys->FD, sync: chan of int)
{
	names := array[] of {"ann", "bob", "cy", "dee", "eve", "fay", "gus"};
	out := bufio->fopen(fd, Bufio->OWRITE);
	fd = nil;
	nrec := 0;
	for(round := 0; round < 3; round++)
		for(i := 0; i < len names; i++){
			score := (i*37 + round*11) % 100;
			out.puts(sys->sprint("%d:%s:%d;", nrec, names[i], score));
			nrec++;
		}
	out.puts("END;");
	out.flush();
	out.close();
	out = nil;
	sync <-= nrec;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;

	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->print("pipe: %r\n");
		return;
	}
	sync := chan of int;
	spawn writer(p[1], sync);
	p[1] = nil;

	in := bufio->fopen(p[0], Bufio->OREAD);
	p[0] = nil;
	best := "";
	bestscore := -1;
	total := 0;
	n := 0;
	for(;;){
		rec := in.gett(";");
		if(rec == nil)
			break;
		if(rec == "END;"){
			sys->print("end marker seen after %d records\n", n);
			break;
		}
		rec = rec[0:len rec - 1];
		(nf, f) := sys->tokenize(rec, ":");
		if(nf != 3){
			sys->print("bad record %q\n", rec);
			continue;
		}
		name := hd tl f;
		score := int hd tl tl f;
		total += score;
		n++;
		if(score > bestscore){
			bestscore = score;
			best = name;
		}
		if(n % 5 == 0)
			sys->print("record %s: %s scored %d\n", hd f, name, score);
	}
	sent := <-sync;
	sys->print("writer sent %d, reader got %d\n", sent, n);
	sys->print("total=%d mean=%d.%02d best=%s(%d)\n", total, total/n, (total*100/n)%100, best, bestscore);
	c := in.getc();
	sys->print("after end: getc=%d\n", c);
}
