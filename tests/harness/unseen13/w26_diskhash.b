#args: put:cat=meow put:dog=woof put:cow=moo get:dog put:dog=bark get:dog get:eel del:cat get:cat
implement DiskHash;

include "sys.m";
	sys: Sys;
include "draw.m";

DiskHash: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

NSLOT: con 8;
KEYSZ: con 8;
VALSZ: con 16;
SLOTSZ: con 1 + KEYSZ + VALSZ;

db: ref Sys->FD;

hash(k: string): int
{
	h := 0;
	for(i := 0; i < len k; i++)
		h = (h*33 + k[i]) % NSLOT;
	return h;
}

field(b: array of byte): string
{
	for(i := 0; i < len b; i++)
		if(b[i] == byte 0)
			return string b[0:i];
	return string b;
}

# returns slot index holding k, or the first free slot (negated - 1), or NSLOT
find(k: string): int
{
	rec := array[SLOTSZ] of byte;
	h := hash(k);
	free := -1;
	for(i := 0; i < NSLOT; i++){
		s := (h + i) % NSLOT;
		sys->pread(db, rec, SLOTSZ, big (s*SLOTSZ));
		if(rec[0] == byte 'U' && field(rec[1:1+KEYSZ]) == k)
			return s;
		if(rec[0] != byte 'U' && free < 0)
			free = s;
		if(rec[0] == byte 0)
			break;
	}
	if(free >= 0)
		return -free - 1;
	return NSLOT;
}

put(k, v: string): string
{
	s := find(k);
	if(s == NSLOT)
		return "full";
	if(s < 0)
		s = -s - 1;
	rec := array[SLOTSZ] of {* => byte 0};
	rec[0] = byte 'U';
	rec[1:] = array of byte k;
	rec[1+KEYSZ:] = array of byte v;
	sys->pwrite(db, rec, SLOTSZ, big (s*SLOTSZ));
	return sys->sprint("slot %d", s);
}

get(k: string): string
{
	s := find(k);
	if(s < 0 || s == NSLOT)
		return "<none>";
	rec := array[VALSZ] of byte;
	sys->pread(db, rec, VALSZ, big (s*SLOTSZ+1+KEYSZ));
	return field(rec);
}

del(k: string): string
{
	s := find(k);
	if(s < 0 || s == NSLOT)
		return "absent";
	sys->pwrite(db, array[] of {byte 'D'}, 1, big (s*SLOTSZ));
	return "deleted";
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	path := "/tmp/w_26.db";
	db = sys->create(path, Sys->ORDWR|Sys->ORCLOSE, 8r600);
	zero := array[NSLOT*SLOTSZ] of {* => byte 0};
	sys->write(db, zero, len zero);
	for(argv = tl argv; argv != nil; argv = tl argv){
		(n, f) := sys->tokenize(hd argv, ":=");
		r := "bad command";
		case hd f {
		"put" =>
			if(n == 3)
				r = put(hd tl f, hd tl tl f);
		"get" =>
			r = get(hd tl f);
		"del" =>
			r = del(hd tl f);
		}
		sys->print("%-14s -> %s\n", hd argv, r);
	}
	(nil, d) := sys->fstat(db);
	sys->print("db size %bd (%d slots of %d)\n", d.length, NSLOT, SLOTSZ);
	used := 0;
	rec := array[1] of byte;
	for(i := 0; i < NSLOT; i++){
		sys->pread(db, rec, 1, big (i*SLOTSZ));
		if(rec[0] == byte 'U')
			used++;
	}
	sys->print("%d slots in use\n", used);
}
