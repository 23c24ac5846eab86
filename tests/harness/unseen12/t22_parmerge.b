#args: 400 3
implement ParMerge;

include "sys.m";
	sys: Sys;
include "draw.m";

ParMerge: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Rec: adt {
	key:	int;
	orig:	int;
};

spawned := 0;
counter: chan of int;

# sort a[lo:hi] into a fresh array; spawn the left half while depth lasts
msort(a: array of Rec, depth: int): array of Rec
{
	n := len a;
	if(n <= 1){
		r := array[n] of Rec;
		r[0:] = a;
		return r;
	}
	mid := n / 2;
	left, right: array of Rec;
	if(depth > 0){
		c := chan of array of Rec;
		counter <-= 1;
		spawn child(a[0:mid], depth-1, c);
		right = msort(a[mid:], depth-1);
		left = <-c;
	}else{
		left = msort(a[0:mid], 0);
		right = msort(a[mid:], 0);
	}
	return merge(left, right);
}

child(a: array of Rec, depth: int, c: chan of array of Rec)
{
	c <-= msort(a, depth);
}

merge(l, r: array of Rec): array of Rec
{
	out := array[len l + len r] of Rec;
	i := 0;
	j := 0;
	k := 0;
	while(i < len l && j < len r)
		if(r[j].key < l[i].key)	# strict: equal keys keep the left one first (stable)
			out[k++] = r[j++];
		else
			out[k++] = l[i++];
	while(i < len l)
		out[k++] = l[i++];
	while(j < len r)
		out[k++] = r[j++];
	return out;
}

tally(c: chan of int, total: chan of int)
{
	n := 0;
	while(<-c > 0)
		n++;
	total <-= n;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	n := 100;
	depth := 2;
	if(len argv >= 3){
		n = int hd tl argv;
		depth = int hd tl tl argv;
	}
	a := array[n] of Rec;
	x := 2024;
	sum := 0;
	for(i := 0; i < n; i++){
		x = (x * 8121 + 28411) % 134456;
		a[i] = Rec(x % 100, i);
		sum += a[i].key;
	}
	counter = chan of int;
	total := chan of int;
	spawn tally(counter, total);

	s := msort(a, depth);
	counter <-= 0;
	threads := <-total;

	ok := 1;
	stable := 1;
	ssum := 0;
	for(i = 0; i < n; i++){
		ssum += s[i].key;
		if(i > 0 && s[i-1].key > s[i].key)
			ok = 0;
		if(i > 0 && s[i-1].key == s[i].key && s[i-1].orig > s[i].orig)
			stable = 0;
	}
	sys->print("sorted %d records with depth %d: %d helper threads\n", n, depth, threads);
	sys->print("order %d, stable %d, checksum %d = %d\n", ok, stable, ssum, sum);
	sys->print("first ten:");
	for(i = 0; i < 10 && i < n; i++)
		sys->print(" %d/%d", s[i].key, s[i].orig);
	sys->print("\nlast five:");
	for(i = n-5; i < n; i++)
		if(i >= 0)
			sys->print(" %d/%d", s[i].key, s[i].orig);
	sys->print("\n");
	# run lengths of equal keys
	longest := 0;
	lkey := -1;
	run := 1;
	for(i = 1; i <= n; i++){
		if(i < n && s[i].key == s[i-1].key)
			run++;
		else{
			if(run > longest){
				longest = run;
				lkey = s[i-1].key;
			}
			run = 1;
		}
	}
	sys->print("longest run of equal keys: %d x %d\n", longest, lkey);
}
