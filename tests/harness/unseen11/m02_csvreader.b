implement CsvReader;

include "sys.m";
	sys: Sys;
include "draw.m";

CsvReader: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

data := "name,dept,salary,start\n" +
	"\"Smith, Anne\",Engineering,84250.50,2015-03-01\n" +
	"Bob Jones,Sales,51000,2019-11-15\n" +
	"\"Carla \"\"CJ\"\" Diaz\",Engineering,91000.75,2012-07-30\n" +
	"Dmitri,\"Ops\",47500,2021-01-04\n" +
	"Eve,Sales,,2020-06-10\n" +
	"Fran\u00e7ois,Engineering,78000,2018-09-09\n";

# parse one record starting at offset i; returns fields and next offset
parserec(s: string, i: int): (list of string, int)
{
	fields: list of string;
	f := "";
	inq := 0;
	for(; i < len s; i++){
		c := s[i];
		if(inq){
			if(c == '"'){
				if(i+1 < len s && s[i+1] == '"'){
					f[len f] = '"';
					i++;
				}else
					inq = 0;
			}else
				f[len f] = c;
			continue;
		}
		case c {
		'"' =>
			inq = 1;
		',' =>
			fields = f :: fields;
			f = "";
		'\n' =>
			fields = f :: fields;
			return (rev(fields), i+1);
		* =>
			f[len f] = c;
		}
	}
	if(f != "" || fields != nil)
		fields = f :: fields;
	return (rev(fields), i);
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

Dept: adt {
	name:	string;
	n:	int;
	total:	real;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	(hdr, off) := parserec(data, 0);
	sys->print("columns (%d):", len hdr);
	for(h := hdr; h != nil; h = tl h)
		sys->print(" %q", hd h);
	sys->print("\n");

	depts: list of ref Dept;
	rowno := 1;
	while(off < len data){
		rec: list of string;
		(rec, off) = parserec(data, off);
		rowno++;
		a := array[len rec] of string;
		j := 0;
		for(; rec != nil; rec = tl rec)
			a[j++] = hd rec;
		if(len a != 4){
			sys->fprint(sys->fildes(2), "row %d: want 4 fields, got %d\n", rowno, len a);
			continue;
		}
		if(a[2] == ""){
			sys->fprint(sys->fildes(2), "row %d: %s has no salary\n", rowno, a[0]);
			continue;
		}
		sal := real a[2];
		year := int a[3][0:4];
		sys->print("%-22s|%-12s|%10.2f|%4d|%2d yrs\n", a[0], a[1], sal, year, 2024 - year);
		d: ref Dept;
		for(l := depts; l != nil; l = tl l)
			if((hd l).name == a[1])
				d = hd l;
		if(d == nil){
			d = ref Dept(a[1], 0, 0.0);
			depts = d :: depts;
		}
		d.n++;
		d.total += sal;
	}
	sys->print("%s\n", "----------------------+------------+----------");
	for(l := depts; l != nil; l = tl l){
		d := hd l;
		sys->print("%-22s|%12d|%10.2f avg\n", d.name, d.n, d.total / real d.n);
	}
}
