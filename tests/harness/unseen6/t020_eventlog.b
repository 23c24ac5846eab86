implement EventLog;

include "sys.m";
	sys: Sys;
	OREAD, OWRITE, ORDWR, Dir: import Sys;
include "draw.m";

EventLog: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

DIR: con "/tmp/evlog.t020";
RECSZ: con 32;

Level: adt {
	name:	string;
	rank:	int;
};

levels := array[] of {Level("DEBUG", 0), Level("INFO", 1), Level("WARN", 2), Level("ERROR", 3)};

Log: adt {
	fd:	ref Sys->FD;
	path:	string;
	n:	int;

	open:	fn(path: string): ref Log;
	put:	fn(l: self ref Log, seq: int, lvl: int, msg: string);
	get:	fn(l: self ref Log, i: int): (int, int, string);
	close:	fn(l: self ref Log);
};

Log.open(path: string): ref Log
{
	fd := sys->create(path, ORDWR, 8r644);
	if(fd == nil)
		raise sys->sprint("log: cannot create %s", path);
	return ref Log(fd, path, 0);
}

# fixed-size record: 4 bytes seq (big endian), 1 byte level, 1 byte length, message bytes, padded
Log.put(l: self ref Log, seq: int, lvl: int, msg: string)
{
	rec := array[RECSZ] of {* => byte 0};
	rec[0] = byte (seq >> 24);
	rec[1] = byte (seq >> 16);
	rec[2] = byte (seq >> 8);
	rec[3] = byte seq;
	rec[4] = byte lvl;
	m := array of byte msg;
	if(len m > RECSZ - 6)
		m = m[0:RECSZ-6];
	rec[5] = byte len m;
	rec[6:] = m;
	sys->seek(l.fd, big (l.n * RECSZ), Sys->SEEKSTART);
	if(sys->write(l.fd, rec, RECSZ) != RECSZ)
		raise "log: short write";
	l.n++;
}

Log.get(l: self ref Log, i: int): (int, int, string)
{
	rec := array[RECSZ] of byte;
	sys->seek(l.fd, big (i * RECSZ), Sys->SEEKSTART);
	n := sys->read(l.fd, rec, RECSZ);
	if(n != RECSZ)
		raise sys->sprint("log: short read %d", n);
	seq := (int rec[0] << 24) | (int rec[1] << 16) | (int rec[2] << 8) | int rec[3];
	ml := int rec[5];
	return (seq, int rec[4], string rec[6:6+ml]);
}

Log.close(l: self ref Log)
{
	l.fd = nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create(DIR, OREAD, Sys->DMDIR | 8r755);
	lg := Log.open(DIR + "/events.bin");
	msgs := array[] of {
		(1, "server starting"),
		(0, "config loaded from defaults"),
		(1, "listening on port 5640"),
		(2, "slow client: 1200ms"),
		(3, "disk quota exceeded on /usr/glenda/very/long/path"),
		(1, "checkpoint written"),
		(2, "retrying connection"),
		(0, "gc: freed 12 blocks"),
	};
	for(i := 0; i < len msgs; i++){
		(lv, m) := msgs[i];
		lg.put(1000 + i*7, lv, m);
	}
	(ok, d) := sys->fstat(lg.fd);
	if(ok == 0)
		sys->print("log size %bd bytes, %d records, name %s\n", d.length, int d.length / RECSZ, d.name);
	# read backwards, filter WARN and above
	for(i = lg.n - 1; i >= 0; i--){
		(seq, lv, m) := lg.get(i);
		if(levels[lv].rank >= 2)
			sys->print("#%d %-5s %s\n", seq, levels[lv].name, m);
	}
	# overwrite record 3 in place and reread
	lg.n = 3;
	lg.put(9999, 1, "slow client resolved");
	lg.n = 8;
	(s3, l3, m3) := lg.get(3);
	sys->print("rec3 now: #%d %s %q\n", s3, levels[l3].name, m3);
	{
		lg.get(8);
	} exception e {
	"log:*" =>
		sys->print("error: %s\n", e);
	}
	lg.close();
	# write a text summary and list the directory
	tfd := sys->create(DIR + "/summary.txt", OWRITE, 8r644);
	counts := array[len levels] of {* => 0};
	for(i = 0; i < len msgs; i++)
		counts[msgs[i].t0]++;
	for(i = 0; i < len levels; i++)
		sys->fprint(tfd, "%s=%d\n", levels[i].name, counts[i]);
	tfd = nil;
	dfd := sys->open(DIR, OREAD);
	names: list of string;
	for(;;){
		(n, dirs) := sys->dirread(dfd);
		if(n <= 0)
			break;
		for(j := 0; j < n; j++)
			names = sys->sprint("%s:%bd", dirs[j].name, dirs[j].length) :: names;
	}
	dfd = nil;
	# sort names (insertion sort on list via array)
	arr := array[len names] of string;
	k := 0;
	for(; names != nil; names = tl names)
		arr[k++] = hd names;
	for(i = 1; i < len arr; i++)
		for(j := i; j > 0 && arr[j] < arr[j-1]; j--)
			(arr[j], arr[j-1]) = (arr[j-1], arr[j]);
	for(i = 0; i < len arr; i++)
		sys->print("dir: %s\n", arr[i]);
	buf := array[100] of byte;
	rfd := sys->open(DIR + "/summary.txt", OREAD);
	n := sys->read(rfd, buf, len buf);
	sys->print("summary: %s", string buf[0:n]);
	rfd = nil;
	sys->remove(DIR + "/events.bin");
	sys->remove(DIR + "/summary.txt");
	if(sys->remove(DIR) < 0)
		sys->print("could not remove dir\n");
	sys->print("cleanup: %d\n", sys->open(DIR, OREAD) == nil);
}
