implement Loops;

include "sys.m";
	sys: Sys;
include "draw.m";

Loops: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 3; i++)
		sys->print("%d ", i);
	sys->print("| i=%d\n", i);
	j := 10;
	while(j > 7)
		j--;
	sys->print("while j=%d\n", j);
	do
		j++;
	while(j < 5);
	sys->print("do once j=%d\n", j);
	n := 0;
	for(;;){
		if(++n == 4)
			break;
	}
	sys->print("forever n=%d\n", n);
	# labelled break and continue across nesting
	hits := 0;
rows:	for(r := 0; r < 5; r++){
cols:		for(c := 0; c < 5; c++){
			if(c > r)
				continue rows;
			if(r == 3 && c == 1)
				continue cols;
			if(r == 4 && c == 2)
				break rows;
			hits++;
			sys->print("%d%d ", r, c);
		}
	}
	sys->print("\nhits=%d r=%d\n", hits, r);
	# labelled while and do
	k := 0;
w:	while(k < 100){
		k++;
		m := 0;
		do {
			m++;
			if(m == 3)
				continue w;
			if(k == 4)
				break w;
		} while(m < 10);
	}
	sys->print("k=%d\n", k);
	# continue in for runs the step
	s := 0;
	for(i = 0; i < 10; i++){
		if(i % 3)
			continue;
		s += i;
	}
	sys->print("sum of multiples of 3 = %d\n", s);
	# continue in do-while checks the condition
	t := 0;
	do {
		t++;
		if(t < 5)
			continue;
		sys->print("t reached %d\n", t);
	} while(t < 5);
	# loop variable modified in body; step sees it
	for(i = 0; i < 10; i += 2){
		sys->print("%d ", i);
		if(i == 4)
			i = 7;
	}
	sys->print("\n");
	# condition evaluated each time
	lim := 3;
	cnt := 0;
	for(i = 0; i < lim; i++){
		cnt++;
		if(i == 1)
			lim = 5;
	}
	sys->print("cnt=%d\n", cnt);
	# loop over a list and a string
	for(l := "x" :: "y" :: "z" :: nil; l != nil; l = tl l)
		sys->print("%s", hd l);
	sys->print("\n");
	str := "héé";
	for(i = len str - 1; i >= 0; i--)
		sys->print("%c", str[i]);
	sys->print("\n");
	# nested loops with same label names in different functions
	sys->print("inner=%d\n", inner());
}

inner(): int
{
	tot := 0;
rows:	for(a := 0; a < 3; a++)
		for(b := 0; b < 3; b++){
			if(b == 2)
				continue rows;
			tot += 10 * a + b;
		}
	return tot;
}
