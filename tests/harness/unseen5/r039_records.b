implement Records;

include "sys.m";
	sys: Sys;
include "draw.m";

Records: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Employee: adt {
	name:	string;
	dept:	ref Dept;
	grades:	array of int;
};

Dept: adt {
	title:	string;
	budget:	int;
};

depts: array of ref Dept;

# record format: name|deptindex|g1,g2,...|pick
build(line: string): (ref Employee, int)
{
	(n, f) := sys->tokenize(line, "|");
	fields := array[4] of string;
	for(i := 0; f != nil; f = tl f)
		fields[i++] = hd f;	# bounds error if more than 4 fields
	(ng, gl) := sys->tokenize(fields[2], ",");
	g := array[ng] of int;
	for(i = 0; gl != nil; gl = tl gl)
		g[i++] = int hd gl;
	d: ref Dept;
	di := int fields[1];
	if(di >= 0)
		d = depts[di];	# bounds error if index too large
	return (ref Employee(fields[0], d, g), int fields[3] + n - n);
}

report(e: ref Employee, which: int): string
{
	return sys->sprint("%s in %s (budget %d), grade #%d = %d", e.name, e.dept.title, e.dept.budget, which, e.grades[which]);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	depts = array[] of {ref Dept("R&D", 500), ref Dept("Sales", 120), nil};
	data := "ann|0|7,8,9|2\n" +
		"bob|1|5|0\n" +
		"cy|5|1,2|0\n" +
		"dee|-1|4,4|1\n" +
		"eve|0|3,2,1|3\n" +
		"fay|2|9|0\n" +
		"gus|1|6,6|1|extra\n" +
		"hal|1||0\n";
	fd := sys->create("/tmp/r039.db", Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", data);
	fd = sys->open("/tmp/r039.db", Sys->OREAD);
	buf := array[1024] of byte;
	k := sys->read(fd, buf, len buf);
	(nil, lines) := sys->tokenize(string buf[0:k], "\n");
	good := 0;
	errs := array[3] of {* => 0};
	for(lineno := 1; lines != nil; lines = tl lines){
		{
			(e, which) := build(hd lines);
			sys->print("%d: %s\n", lineno, report(e, which));
			good++;
		}exception x{
		"array bounds*" =>
			errs[0]++;
			sys->print("%d: bad index (%s)\n", lineno, x);
		"dereference*" =>
			errs[1]++;
			sys->print("%d: missing link (%s)\n", lineno, x);
		"*" =>
			errs[2]++;
			sys->print("%d: other: %s\n", lineno, x);
		}
		lineno++;
	}
	sys->print("good=%d bounds=%d nil=%d other=%d\n", good, errs[0], errs[1], errs[2]);
}
