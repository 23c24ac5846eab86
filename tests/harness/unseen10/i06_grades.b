implement Grades;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Grades: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Student: adt {
	name:	string;
	hw:	array of real;	# homework scores out of 10
	mid:	real;		# out of 100
	final:	real;		# out of 100
	avg:	real;
};

# weights
WHW: con 0.30;
WMID: con 0.30;
WFIN: con 0.40;

letter(x: real): string
{
	if(x >= 93.0) return "A";
	if(x >= 90.0) return "A-";
	if(x >= 87.0) return "B+";
	if(x >= 83.0) return "B";
	if(x >= 80.0) return "B-";
	if(x >= 77.0) return "C+";
	if(x >= 70.0) return "C";
	if(x >= 60.0) return "D";
	return "F";
}

hwavg(hw: array of real): real
{
	# drop the lowest homework
	if(len hw == 0)
		return 0.0;
	lo := hw[0];
	sum := 0.0;
	for(i := 0; i < len hw; i++){
		sum += hw[i];
		if(hw[i] < lo)
			lo = hw[i];
	}
	if(len hw == 1)
		return sum*10.0;
	return (sum - lo)/real (len hw - 1)*10.0;
}

stats(v: array of real): (real, real, real, real)
{
	n := len v;
	sum := 0.0;
	lo := v[0];
	hi := v[0];
	for(i := 0; i < n; i++){
		sum += v[i];
		if(v[i] < lo) lo = v[i];
		if(v[i] > hi) hi = v[i];
	}
	mean := sum/real n;
	ss := 0.0;
	for(i = 0; i < n; i++)
		ss += (v[i]-mean)*(v[i]-mean);
	return (mean, math->sqrt(ss/real n), lo, hi);
}

median(v: array of real): real
{
	a := array[len v] of real;
	a[0:] = v;
	for(i := 0; i < len a; i++)
		for(j := i+1; j < len a; j++)
			if(a[j] < a[i]){
				t := a[i]; a[i] = a[j]; a[j] = t;
			}
	n := len a;
	if(n%2)
		return a[n/2];
	return (a[n/2-1] + a[n/2])/2.0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;

	class := array[] of {
		ref Student("Abebe", array[] of {9.0, 8.5, 10.0, 7.0, 9.5}, 88.0, 91.0, 0.0),
		ref Student("Beatriz", array[] of {6.0, 7.5, 8.0, 5.0, 7.0}, 72.0, 68.5, 0.0),
		ref Student("Chen", array[] of {10.0, 10.0, 9.5, 10.0, 10.0}, 95.0, 97.0, 0.0),
		ref Student("Dmitri", array[] of {4.0, 0.0, 6.5, 5.5, 3.0}, 58.0, 61.0, 0.0),
		ref Student("Emeka", array[] of {8.0, 8.0, 8.0, 8.0, 8.0}, 80.0, 80.0, 0.0),
		ref Student("Fatima", array[] of {9.0, 9.5, 7.5, 8.5, 10.0}, 84.5, 89.0, 0.0),
		ref Student("Gus", array[] of {7.0, 6.0, 0.0, 7.5, 8.0}, 77.0, 83.5, 0.0),
		ref Student("Hana", array[] of {7.5, 8.0, 7.0, 6.5, 7.0}, 71.0, 66.0, 0.0),
		ref Student("Ivo", array[] of {5.0, 6.0, 7.0, 8.0, 6.5}, 65.0, 74.0, 0.0),
		ref Student("Jun", array[] of {9.5, 9.0, 9.0, 8.5, 9.5}, 86.0, 84.0, 0.0),
	};

	sys->print("%-8s %6s %6s %6s %7s %s\n", "name", "hw", "mid", "final", "total", "grade");
	totals := array[len class] of real;
	counts := array[9] of {* => 0};
	letters := array[] of {"A", "A-", "B+", "B", "B-", "C+", "C", "D", "F"};
	for(i := 0; i < len class; i++){
		s := class[i];
		h := hwavg(s.hw);
		s.avg = WHW*h + WMID*s.mid + WFIN*s.final;
		totals[i] = s.avg;
		g := letter(s.avg);
		for(k := 0; k < len letters; k++)
			if(letters[k] == g)
				counts[k]++;
		sys->print("%-8s %6.1f %6.1f %6.1f %7.2f %s\n", s.name, h, s.mid, s.final, s.avg, g);
	}

	(mean, sd, lo, hi) := stats(totals);
	sys->print("\nclass mean %.2f  sd %.2f  min %.2f  max %.2f  median %.2f\n",
		mean, sd, lo, hi, median(totals));

	sys->print("\ndistribution:\n");
	for(k := 0; k < len letters; k++){
		if(counts[k] == 0)
			continue;
		bar := "";
		for(j := 0; j < counts[k]; j++)
			bar += "#";
		sys->print("  %-2s %s\n", letters[k], bar);
	}

	# curve: shift so the mean becomes 80, capped at 100
	shift := 80.0 - mean;
	sys->print("\ncurve shift %+.2f\n", shift);
	for(i = 0; i < len class; i++){
		c := class[i].avg + shift;
		if(c > 100.0)
			c = 100.0;
		old := letter(class[i].avg);
		new := letter(c);
		change := "";
		if(old != new)
			change = "  (" + old + " -> " + new + ")";
		sys->print("  %-8s %6.2f%s\n", class[i].name, c, change);
	}

	# z scores
	sys->print("\nz-scores:");
	for(i = 0; i < len class; i++)
		sys->print(" %+.2f", (totals[i]-mean)/sd);
	sys->print("\n");
}
