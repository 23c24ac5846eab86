#args: 3
implement ParMergeSort;

include "sys.m";
	sys: Sys;
include "draw.m";

ParMergeSort: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

spawned := 0;
spawnlock: chan of int;

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	depth := 2;
	if(len args > 1)
		depth = int hd tl args;
	spawnlock = chan[1] of int;
	spawnlock <-= 1;

	# deterministic pseudo-random data (linear congruential)
	n := 40;
	a := array[n] of int;
	seed := 12345;
	for(i := 0; i < n; i++){
		seed = (seed * 1103515245 + 12345) & 16r7fffffff;
		a[i] = (seed >> 8) % 1000;
	}
	printarr("input ", a);

	done := chan of array of int;
	spawn msort(a, depth, done);
	s := <-done;
	printarr("sorted", s);
	ok := 1;
	for(i = 1; i < len s; i++)
		if(s[i-1] > s[i])
			ok = 0;
	sys->print("in order: %d, length %d, helper progs %d\n", ok, len s, spawned);
	sum1 := 0;
	sum2 := 0;
	for(i = 0; i < n; i++){
		sum1 += a[i];
		sum2 += s[i];
	}
	sys->print("same checksum: %d\n", sum1 == sum2);
}

msort(a: array of int, depth: int, done: chan of array of int)
{
	if(len a <= 1){
		done <-= a;
		return;
	}
	m := len a / 2;
	l, r: array of int;
	if(depth > 0){
		lc := chan of array of int;
		rc := chan of array of int;
		<-spawnlock;
		spawned += 2;
		spawnlock <-= 1;
		spawn msort(a[0:m], depth-1, lc);
		spawn msort(a[m:], depth-1, rc);
		# receive in a fixed order: which half finishes first does not matter
		l = <-lc;
		r = <-rc;
	}else{
		c := chan[2] of array of int;
		msort(a[0:m], 0, c);
		l = <-c;
		msort(a[m:], 0, c);
		r = <-c;
	}
	out := array[len a] of int;
	i := 0;
	j := 0;
	k := 0;
	while(i < len l && j < len r){
		if(l[i] <= r[j])
			out[k++] = l[i++];
		else
			out[k++] = r[j++];
	}
	while(i < len l)
		out[k++] = l[i++];
	while(j < len r)
		out[k++] = r[j++];
	done <-= out;
}

printarr(label: string, a: array of int)
{
	for(i := 0; i < len a; i += 10){
		s := "";
		for(j := i; j < i+10 && j < len a; j++)
			s += sys->sprint(" %3d", a[j]);
		if(i == 0)
			sys->print("%s:%s\n", label, s);
		else
			sys->print("      :%s\n", s);
	}
}
