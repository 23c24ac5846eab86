implement KVFile;

include "sys.m";
	sys: Sys;
include "draw.m";

KVFile: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

DIR: con "/tmp/o_16srv";

Pair: adt {
	key:	string;
	val:	string;
};

# the server keeps a small sorted table; writes are "key=value" lines,
# reads return the table as text. Each open (fid) gets its own snapshot,
# taken at its first read, so offsets stay consistent.
serve(io: ref Sys->FileIO, quit: chan of int, done: chan of int)
{
	table: list of Pair;
	snaps: list of (int, array of byte);
	nwrites := 0;
	for(;;) alt{
	(off, count, fid, rc) := <-io.read =>
		if(rc == nil){
			snaps = dropsnap(snaps, fid);
			continue;
		}
		snap: array of byte;
		for(l := snaps; l != nil; l = tl l)
			if((hd l).t0 == fid)
				snap = (hd l).t1;
		if(snap == nil){
			s := "";
			for(t := table; t != nil; t = tl t)
				s += (hd t).key + "=" + (hd t).val + "\n";
			snap = array of byte s;
			snaps = (fid, snap) :: snaps;
		}
		if(off >= len snap)
			rc <-= (nil, nil);
		else{
			e := off + count;
			if(e > len snap)
				e = len snap;
			rc <-= (snap[off:e], nil);
		}
	(nil, data, fid, wc) := <-io.write =>
		if(wc == nil){
			snaps = dropsnap(snaps, fid);
			continue;
		}
		(n, f) := sys->tokenize(string data, "=\n");
		if(n != 2){
			wc <-= (0, "bad request, want key=value");
			continue;
		}
		table = insert(table, Pair(hd f, hd tl f));
		nwrites++;
		wc <-= (len data, nil);
	<-quit =>
		done <-= nwrites;
		return;
	}
}

dropsnap(l: list of (int, array of byte), fid: int): list of (int, array of byte)
{
	r: list of (int, array of byte);
	for(; l != nil; l = tl l)
		if((hd l).t0 != fid)
			r = hd l :: r;
	return r;
}

insert(l: list of Pair, p: Pair): list of Pair
{
	if(l == nil || p.key < (hd l).key)
		return p :: l;
	if(p.key == (hd l).key)
		return p :: tl l;
	return hd l :: insert(tl l, p);
}

client(name: string, sets: list of string, done: chan of string)
{
	fd := sys->open(DIR + "/kv", Sys->OWRITE);
	if(fd == nil){
		done <-= name + ": open failed";
		return;
	}
	errs := 0;
	for(; sets != nil; sets = tl sets)
		if(sys->fprint(fd, "%s", hd sets) < 0)
			errs++;
	done <-= sys->sprint("%s: %d rejected", name, errs);
}

cat(): string
{
	fd := sys->open(DIR + "/kv", Sys->OREAD);
	s := "";
	buf := array[7] of byte;	# small reads exercise offsets
	while((n := sys->read(fd, buf, len buf)) > 0)
		s += string buf[0:n];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->pctl(Sys->FORKNS, nil);
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);
	if(sys->bind("#s", DIR, Sys->MREPL) < 0){
		sys->fprint(sys->fildes(2), "bind #s: %r\n");
		raise "fail:bind";
	}
	io := sys->file2chan(DIR, "kv");
	if(io == nil){
		sys->fprint(sys->fildes(2), "file2chan: %r\n");
		raise "fail:file2chan";
	}
	quit := chan of int;
	sdone := chan of int;
	spawn serve(io, quit, sdone);

	# clients run one after another so the final table is fixed
	cdone := chan of string;
	spawn client("first", "colour=red" :: "size=10" :: "shape=round" :: nil, cdone);
	sys->print("%s\n", <-cdone);
	sys->print("table now:\n%s", cat());
	spawn client("second", "size=12" :: "garbage" :: "alpha=1" :: "x=y=z" :: nil, cdone);
	sys->print("%s\n", <-cdone);
	sys->print("table now:\n%s", cat());

	(ok, d) := sys->stat(DIR + "/kv");
	if(ok == 0)
		sys->print("kv stat ok, mode %uo\n", d.mode & 8r777);
	quit <-= 1;
	sys->print("server handled %d writes\n", <-sdone);
	sys->unmount(nil, DIR);
	sys->remove(DIR);
}
