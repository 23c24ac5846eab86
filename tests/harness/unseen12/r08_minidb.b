#args: get 1003 prefix ca get 9999 raise 1002 10 get 1002 dept eng prefix z delete 1004 dept ops stats all stats eng
implement MiniDB;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

MiniDB: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

RECLEN: con 40;	# fixed-size records: id name dept salary, space padded
DBFILE: con "/tmp/r_minidb.dat";

Rec: adt {
	id:	int;
	name:	string;
	dept:	string;
	salary:	int;

	pack:	fn(r: self ref Rec): array of byte;
	unpack:	fn(b: array of byte): ref Rec;
};

DB: adt {
	io:	ref Iobuf;
	nrec:	int;
	byid:	array of list of (int, int);	# hash: id -> record number
	byname:	array of (string, int);	# sorted by name

	open:	fn(file: string): ref DB;
	read:	fn(db: self ref DB, n: int): ref Rec;
	write:	fn(db: self ref DB, n: int, r: ref Rec);
	lookup:	fn(db: self ref DB, id: int): int;
};

Rec.pack(r: self ref Rec): array of byte
{
	s := sys->sprint("%5d %-12s %-8s %8d", r.id, r.name, r.dept, r.salary);
	while(len s < RECLEN-1)
		s += " ";
	return array of byte (s + "\n");
}

Rec.unpack(b: array of byte): ref Rec
{
	f := sys->tokenize(string b, " \n").t1;
	if(len f != 4)
		return nil;
	id := int hd f;
	name := hd tl f;
	dept := hd tl tl f;
	return ref Rec(id, name, dept, int hd tl tl tl f);
}

DB.open(file: string): ref DB
{
	io := bufio->open(file, Bufio->ORDWR);
	if(io == nil)
		return nil;
	(ok, d) := sys->fstat(io.fd);
	if(ok < 0)
		return nil;
	db := ref DB(io, int d.length / RECLEN, array[7] of list of (int, int), nil);
	names: list of (string, int);
	for(i := 0; i < db.nrec; i++){
		r := db.read(i);
		if(r == nil || r.id == 0)
			continue;	# deleted
		h := r.id % len db.byid;
		db.byid[h] = (r.id, i) :: db.byid[h];
		names = (r.name, i) :: names;
	}
	db.byname = array[len names] of (string, int);
	for(i = 0; names != nil; names = tl names)
		db.byname[i++] = hd names;
	for(i = 1; i < len db.byname; i++)	# insertion sort
		for(j := i; j > 0 && db.byname[j].t0 < db.byname[j-1].t0; j--)
			(db.byname[j], db.byname[j-1]) = (db.byname[j-1], db.byname[j]);
	return db;
}

DB.read(db: self ref DB, n: int): ref Rec
{
	db.io.seek(big (n*RECLEN), Bufio->SEEKSTART);
	buf := array[RECLEN] of byte;
	if(db.io.read(buf, RECLEN) != RECLEN)
		return nil;
	return Rec.unpack(buf);
}

DB.write(db: self ref DB, n: int, r: ref Rec)
{
	db.io.seek(big (n*RECLEN), Bufio->SEEKSTART);
	b := r.pack();
	db.io.write(b, len b);
	db.io.flush();
}

DB.lookup(db: self ref DB, id: int): int
{
	for(l := db.byid[id % len db.byid]; l != nil; l = tl l)
		if((hd l).t0 == id)
			return (hd l).t1;
	return -1;
}

show(r: ref Rec)
{
	sys->print("  %d %s/%s %d\n", r.id, r.name, r.dept, r.salary);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;

	seed := array[] of {
		ref Rec(1001, "alice", "eng", 72000), ref Rec(1002, "bob", "ops", 51000),
		ref Rec(1003, "carol", "eng", 83000), ref Rec(1004, "dave", "sales", 47000),
		ref Rec(1005, "camille", "ops", 58000), ref Rec(1006, "erin", "eng", 64000),
	};
	out := bufio->create(DBFILE, Bufio->OWRITE, 8r600);
	for(i := 0; i < len seed; i++){
		b := seed[i].pack();
		out.write(b, len b);
	}
	out.close();

	db := DB.open(DBFILE);
	sys->print("%d records, %d in name index\n", db.nrec, len db.byname);
	for(args := tl argv; args != nil && tl args != nil; args = tl tl args){
		(cmd, a) := (hd args, hd tl args);
		sys->print("%s %s:\n", cmd, a);
		case cmd {
		"get" =>
			n := db.lookup(int a);
			if(n < 0)
				sys->fprint(sys->fildes(2), "no record %s\n", a);
			else
				show(db.read(n));
		"prefix" =>
			for(i = 0; i < len db.byname; i++)
				if(str->prefix(a, db.byname[i].t0))
					show(db.read(db.byname[i].t1));
		"dept" =>
			for(i = 0; i < db.nrec; i++)
				if((r := db.read(i)) != nil && r.dept == a)
					show(r);
		"raise" =>
			n := db.lookup(int a);
			args = tl args;
			r := db.read(n);
			r.salary += r.salary * int hd tl args / 100;
			db.write(n, r);
		"delete" =>
			n := db.lookup(int a);
			db.write(n, ref Rec(0, "-", "-", 0));
			db.io.close();
			db = DB.open(DBFILE);	# rebuild indexes
		"stats" =>
			(cnt, tot) := (0, 0);
			for(i = 0; i < db.nrec; i++)
				if((r := db.read(i)) != nil && r.id != 0 && (a == "all" || a == r.dept))
					(cnt, tot) = (cnt+1, tot+r.salary);
			sys->print("  %d live of %d slots, payroll %d, mean %d\n", cnt, db.nrec, tot, tot/cnt);
		* =>
			sys->fprint(sys->fildes(2), "unknown command %s\n", cmd);
		}
	}
	db.io.close();
	sys->remove(DBFILE);
}
