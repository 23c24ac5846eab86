implement GradeBook;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "lists.m";
	lists: Lists;

GradeBook: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# name, then homework, midterm, final (out of 100); '-' is a missing mark
MARKS := "zoe,88,92,95\n" +
	"yuri,72,65,70\n" +
	"xena,95,-,89\n" +
	"walt,45,58,52\n" +
	"vera,81,77,84\n" +
	"uma,66,90,78\n" +
	"tom,59,61,40\n" +
	"sam,90,88,-\n";

WEIGHTS := array[] of {0.3, 0.3, 0.4};
COLUMNS := array[] of {"homework", "midterm", "final"};

Student: adt {
	name:	string;
	marks:	array of real;	# NaN when missing
	total:	real;
};

nan: real;

letter(t: real): string
{
	if(math->isnan(t))
		return "I";	# incomplete
	cuts := array[] of {(90.0, "A"), (80.0, "B"), (70.0, "C"), (60.0, "D")};
	for(i := 0; i < len cuts; i++)
		if(t >= cuts[i].t0)
			return cuts[i].t1;
	return "F";
}

weighted(m: array of real): real
{
	t := 0.0;
	for(i := 0; i < len m; i++){
		if(math->isnan(m[i]))
			return nan;
		t += WEIGHTS[i] * m[i];
	}
	return t;
}

readmarks(b: ref Iobuf): list of ref Student
{
	l: list of ref Student;
	for(;;){
		name := b.gett(",\n");
		if(name == nil)
			break;
		name = name[0:len name-1];
		m := array[len WEIGHTS] of real;
		for(i := 0; i < len m; i++){
			f := b.gett(",\n");
			f = f[0:len f-1];
			if(f == "-")
				m[i] = nan;
			else
				m[i] = real f;
		}
		l = ref Student(name, m, weighted(m)) :: l;
	}
	return lists->reverse(l);
}

complete(s: ref Student): int
{
	return !math->isnan(s.total);
}

stats(label: string, x: array of real)
{
	n := len x;
	if(n == 0)
		return;
	p := array[n] of int;
	for(i := 0; i < n; i++)
		p[i] = i;
	math->sort(x, p);
	mean := 0.0;
	for(i = 0; i < n; i++)
		mean += x[i];
	mean /= real n;
	ss := 0.0;
	for(i = 0; i < n; i++)
		ss += (x[i] - mean) * (x[i] - mean);
	median := x[p[n/2]];
	if(n % 2 == 0)
		median = (x[p[n/2-1]] + x[p[n/2]]) / 2.0;
	sys->print("%-8s n=%d min=%.1f max=%.1f mean=%.2f median=%.2f sd=%.2f\n",
		label, n, x[p[0]], x[p[n-1]], mean, median, math->sqrt(ss / real n));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	bufio = load Bufio Bufio->PATH;
	lists = load Lists Lists->PATH;
	nan = math->bits64real(big 16r7FF8000000000000);

	students := readmarks(bufio->sopen(MARKS));
	sys->print("%-6s %5s %5s %5s %6s %s\n", "name", "hw", "mid", "final", "total", "grade");
	for(l := students; l != nil; l = tl l){
		s := hd l;
		line := sys->sprint("%-6s", s.name);
		for(i := 0; i < len s.marks; i++)
			if(math->isnan(s.marks[i]))
				line += sys->sprint(" %5s", "-");
			else
				line += sys->sprint(" %5.0f", s.marks[i]);
		if(complete(s))
			line += sys->sprint(" %6.1f", s.total);
		else
			line += sys->sprint(" %6s", "n/a");
		sys->print("%s %s\n", line, letter(s.total));
	}

	(done, incomplete) := lists->partition(complete, students);
	sys->print("%d complete, %d incomplete:", len done, len incomplete);
	for(l = incomplete; l != nil; l = tl l)
		sys->print(" %s", (hd l).name);
	sys->print("\n");

	totals := array[len done] of real;
	i := 0;
	for(l = done; l != nil; l = tl l)
		totals[i++] = (hd l).total;
	stats("totals", totals);
	for(k := 0; k < len WEIGHTS; k++){
		col: list of real;
		for(l = students; l != nil; l = tl l)
			if(!math->isnan((hd l).marks[k]))
				col = (hd l).marks[k] :: col;
		a := array[len col] of real;
		for(i = 0; col != nil; col = tl col)
			a[i++] = hd col;
		stats(COLUMNS[k], a);
	}
	best := hd done;
	for(l = done; l != nil; l = tl l)
		if((hd l).total > best.total)
			best = hd l;
	sys->print("top student: %s with %.1f\n", best.name, best.total);
}
