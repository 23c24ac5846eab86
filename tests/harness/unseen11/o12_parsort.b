#args: 40 7
implement ParSort;

include "sys.m";
	sys: Sys;
include "draw.m";

ParSort: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Cutoff: con 4;

spawned := 0;	# only the main thread's view; updated via the count channel

# sort a privately owned slice and hand it back
psort(a: array of int, depth: int, out: chan of array of int, count: chan of int)
{
	if(len a <= Cutoff || depth == 0){
		insertion(a);
		out <-= a;
		return;
	}
	mid := len a / 2;
	lc := chan of array of int;
	rc := chan of array of int;
	count <-= 2;
	spawn psort(a[0:mid], depth-1, lc, count);
	spawn psort(a[mid:], depth-1, rc, count);
	# fixed receive order keeps the merge deterministic
	l := <-lc;
	r := <-rc;
	out <-= merge(l, r);
}

insertion(a: array of int)
{
	for(i := 1; i < len a; i++){
		v := a[i];
		j := i - 1;
		while(j >= 0 && a[j] > v){
			a[j+1] = a[j];
			j--;
		}
		a[j+1] = v;
	}
}

merge(l, r: array of int): array of int
{
	m := array[len l + len r] of int;
	i := 0;
	j := 0;
	k := 0;
	while(i < len l && j < len r)
		if(l[i] <= r[j])
			m[k++] = l[i++];
		else
			m[k++] = r[j++];
	while(i < len l)
		m[k++] = l[i++];
	while(j < len r)
		m[k++] = r[j++];
	return m;
}

# linear congruential numbers, reproducible
gen(n, seed: int): array of int
{
	a := array[n] of int;
	x := seed;
	for(i := 0; i < n; i++){
		x = (x * 1103515245 + 12345) & 16r7fffffff;
		a[i] = (x >> 8) % 1000;
	}
	return a;
}

show(tag: string, a: array of int)
{
	sys->print("%s:", tag);
	for(i := 0; i < len a; i++){
		if(i > 0 && i % 10 == 0)
			sys->print("\n%*s ", len tag, "");
		sys->print(" %3d", a[i]);
	}
	sys->print("\n");
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 25;
	seed := 1;
	if(len argv >= 3){
		n = int hd tl argv;
		seed = int hd tl tl argv;
	}
	data := gen(n, seed);
	show("input ", data);

	out := chan of array of int;
	count := chan of int;
	spawn psort(data, 3, out, count);
	spawned = 1;
	sorted: array of int;
	for(got := 0; !got; ){
		alt{
		k := <-count =>
			spawned += k;
		sorted = <-out =>
			got = 1;
		}
	}
	show("sorted", sorted);

	ok := 1;
	sum0 := 0;
	sum1 := 0;
	for(i := 0; i < n; i++){
		sum0 += data[i];
		sum1 += sorted[i];
		if(i > 0 && sorted[i-1] > sorted[i])
			ok = 0;
	}
	verdict := "match";
	if(sum0 != sum1)
		verdict = "MISMATCH";
	sys->print("threads=%d ordered=%d checksum %s\n", spawned, ok, verdict);
	sys->print("min %d median %d max %d\n", sorted[0], sorted[n/2], sorted[n-1]);
}
