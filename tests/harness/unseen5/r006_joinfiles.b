implement Joinfiles;

include "sys.m";
	sys: Sys;
include "draw.m";

Joinfiles: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Rec: adt {
	key:	string;
	rest:	list of string;
};

Table: adt {
	name:	string;
	recs:	array of ref Rec;

	readtab:	fn(name: string): ref Table;
	lookup:	fn(t: self ref Table, key: string): list of ref Rec;
	sort:	fn(t: self ref Table);
};

save(name: string, lines: array of string)
{
	fd := sys->create(name, Sys->OWRITE, 8r644);
	for(i := 0; i < len lines; i++)
		sys->fprint(fd, "%s\n", lines[i]);
}

Table.readtab(name: string): ref Table
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil)
		return nil;
	(ok, d) := sys->fstat(fd);
	if(ok < 0)
		return nil;
	buf := array[int d.length] of byte;
	n := sys->readn(fd, buf, len buf);
	(nl, lines) := sys->tokenize(string buf[0:n], "\n");
	t := ref Table(name, array[nl] of ref Rec);
	i := 0;
	for(; lines != nil; lines = tl lines){
		(nil, w) := sys->tokenize(hd lines, " \t");
		t.recs[i++] = ref Rec(hd w, tl w);
	}
	return t;
}

Table.sort(t: self ref Table)
{
	a := t.recs;
	for(i := 1; i < len a; i++){
		r := a[i];
		for(j := i; j > 0 && a[j-1].key > r.key; j--)
			a[j] = a[j-1];
		a[j] = r;
	}
}

Table.lookup(t: self ref Table, key: string): list of ref Rec
{
	r: list of ref Rec;
	for(i := len t.recs - 1; i >= 0; i--)
		if(t.recs[i].key == key)
			r = t.recs[i] :: r;
	return r;
}

join(l: list of string): string
{
	s := "";
	for(; l != nil; l = tl l)
		s += " " + hd l;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	save("/tmp/r006.emp", array[] of {
		"e07 alice 3",
		"e02 bob 1",
		"e11 carol 3",
		"e05 dave 2",
		"e09 erin 9",
	});
	save("/tmp/r006.dept", array[] of {
		"3 research lab-a",
		"1 sales",
		"2 support",
		"3 research lab-b",
		"4 legal",
	});
	emp := Table.readtab("/tmp/r006.emp");
	dept := Table.readtab("/tmp/r006.dept");
	if(emp == nil || dept == nil){
		sys->print("load failed\n");
		return;
	}
	sys->print("%s: %d records, %s: %d records\n", emp.name, len emp.recs, dept.name, len dept.recs);
	emp.sort();
	used := array[len dept.recs] of {* => 0};
	for(i := 0; i < len emp.recs; i++){
		e := emp.recs[i];
		dkey := hd tl e.rest;
		m := dept.lookup(dkey);
		if(m == nil)
			sys->print("unpaired emp: %s%s\n", e.key, join(e.rest));
		for(; m != nil; m = tl m){
			sys->print("%s %s%s\n", dkey, e.key, join((hd m).rest));
			for(k := 0; k < len dept.recs; k++)
				if(dept.recs[k] == hd m)
					used[k] = 1;
		}
	}
	for(k := 0; k < len dept.recs; k++)
		if(!used[k])
			sys->print("unpaired dept: %s%s\n", dept.recs[k].key, join(dept.recs[k].rest));
	if(Table.readtab("/tmp/r006.none") == nil)
		sys->print("missing file ok\n");
}
