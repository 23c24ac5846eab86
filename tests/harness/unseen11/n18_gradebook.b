implement GradeBook;

include "sys.m";
	sys: Sys;
include "draw.m";

GradeBook: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Record: type (string, array of int);

records: array of Record;

# returns several results at once
minmaxmean(a: array of int): (int, int, real)
{
	if(len a == 0)
		return (0, 0, 0.0);
	(lo, hi, sum) := (a[0], a[0], 0);
	for(i := 0; i < len a; i++){
		if(a[i] < lo)
			lo = a[i];
		if(a[i] > hi)
			hi = a[i];
		sum += a[i];
	}
	return (lo, hi, real sum / real len a);
}

divmod(a, b: int): (int, int)
{
	return (a / b, a % b);
}

grade(score: real): string
{
	case int score {
	90 to 100 =>	return "A";
	80 to 89 =>	return "B";
	70 to 79 =>	return "C";
	60 to 69 =>	return "D";
	* =>	return "F";
	}
}

# sort a list of (name, mean) tuples by mean, descending; merge sort on lists
msort(l: list of (string, real)): list of (string, real)
{
	if(l == nil || tl l == nil)
		return l;
	a, b: list of (string, real);
	for(i := 0; l != nil; l = tl l){
		if(i++ & 1)
			a = hd l :: a;
		else
			b = hd l :: b;
	}
	return merge(msort(a), msort(b));
}

merge(a, b: list of (string, real)): list of (string, real)
{
	if(a == nil)
		return b;
	if(b == nil)
		return a;
	(an, am) := hd a;
	(bn, bm) := hd b;
	if(am > bm || (am == bm && an < bn))
		return hd a :: merge(tl a, b);
	return hd b :: merge(a, tl b);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	records = array[] of {
		("hopper", array[] of {92, 88, 95, 100}),
		("turing", array[] of {78, 85, 80}),
		("lovelace", array[] of {99, 97, 98, 96, 100}),
		("babbage", array[] of {55, 70, 62}),
		("ritchie", array[] of {85, 85, 85, 85}),
		("pike", array[] of {91, 79}),
		("nobody", array[0] of int),
	};
	means: list of (string, real);
	total := 0;
	for(i := 0; i < len records; i++){
		(name, scores) := records[i];
		(lo, hi, mean) := minmaxmean(scores);
		sys->print("%-9s n=%d lo=%3d hi=%3d mean=%6.2f %s\n", name, len scores, lo, hi, mean, grade(mean));
		if(len scores > 0)
			means = (name, mean) :: means;
		total += len scores;
	}
	sys->print("ranking:\n");
	rank := 1;
	for(l := msort(means); l != nil; l = tl l){
		(name, m) := hd l;
		sys->print("  %d. %s (%.1f)\n", rank++, name, m);
	}
	(q, r) := divmod(total, 4);
	sys->print("%d scores fill %d pages of 4 with %d left over\n", total, q, r);
	# swap via tuple assignment and nested tuples
	(x, (y, z)) := (1, (2, 3));
	(x, y, z) = (z, x, y);
	sys->print("rotated: %d %d %d\n", x, y, z);
	pairs := array[] of {(3, "c"), (1, "a"), (2, "b")};
	for(i = 0; i < len pairs; i++)
		for(j := i+1; j < len pairs; j++)
			if(pairs[j].t0 < pairs[i].t0)
				(pairs[i], pairs[j]) = (pairs[j], pairs[i]);
	for(i = 0; i < len pairs; i++)
		sys->print("%d=%s ", pairs[i].t0, pairs[i].t1);
	sys->print("\n");
	# tuples are values: modifying the copy leaves the array alone
	t := records[1];
	t.t0 = "alan";
	t.t1[0] = 0;	# but the array inside is shared
	sys->print("%s/%s first score now %d\n", records[1].t0, t.t0, records[1].t1[0]);
}
