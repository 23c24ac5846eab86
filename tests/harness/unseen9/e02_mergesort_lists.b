implement MergeLists;

include "sys.m";
	sys: Sys;
include "draw.m";

MergeLists: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

# split a list into two halves by alternating elements
split(l: list of int): (list of int, list of int)
{
	a, b: list of int;
	while(l != nil){
		a = hd l :: a;
		l = tl l;
		if(l != nil){
			b = hd l :: b;
			l = tl l;
		}
	}
	return (a, b);
}

rev(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

# iterative merge so long lists don't recurse deeply
merge(a, b: list of int): list of int
{
	r: list of int;
	while(a != nil && b != nil){
		if(hd a <= hd b){
			r = hd a :: r;
			a = tl a;
		}else{
			r = hd b :: r;
			b = tl b;
		}
	}
	for(; a != nil; a = tl a)
		r = hd a :: r;
	for(; b != nil; b = tl b)
		r = hd b :: r;
	return rev(r);
}

msort(l: list of int): list of int
{
	if(l == nil || tl l == nil)
		return l;
	(a, b) := split(l);
	return merge(msort(a), msort(b));
}

# string lists, by length then alphabetically
less(a, b: string): int
{
	if(len a != len b)
		return len a < len b;
	return a < b;
}

smerge(a, b: list of string): list of string
{
	if(a == nil)
		return b;
	if(b == nil)
		return a;
	if(less(hd b, hd a))
		return hd b :: smerge(a, tl b);
	return hd a :: smerge(tl a, b);
}

ssort(l: list of string): list of string
{
	n := len l;
	if(n < 2)
		return l;
	a: list of string;
	for(i := 0; i < n/2; i++){
		a = hd l :: a;
		l = tl l;
	}
	return smerge(ssort(a), ssort(l));
}

# bottom-up mergesort on an array with a scratch buffer
bottomup(a: array of int)
{
	n := len a;
	tmp := array[n] of int;
	for(w := 1; w < n; w *= 2){
		for(lo := 0; lo < n; lo += 2*w){
			mid := lo + w;
			if(mid > n)
				mid = n;
			hi := lo + 2*w;
			if(hi > n)
				hi = n;
			i := lo;
			j := mid;
			k := lo;
			while(i < mid && j < hi)
				if(a[j] < a[i])
					tmp[k++] = a[j++];
				else
					tmp[k++] = a[i++];
			while(i < mid)
				tmp[k++] = a[i++];
			while(j < hi)
				tmp[k++] = a[j++];
		}
		a[0:] = tmp;
	}
}

# concurrent mergesort: each half sorted by its own process
psort(l: list of int, depth: int, out: chan of list of int)
{
	if(depth == 0 || len l < 4){
		out <-= msort(l);
		return;
	}
	(a, b) := split(l);
	ca := chan of list of int;
	cb := chan of list of int;
	spawn psort(a, depth-1, ca);
	spawn psort(b, depth-1, cb);
	ra := <-ca;
	rb := <-cb;
	out <-= merge(ra, rb);
}

printl(name: string, l: list of int)
{
	sys->print("%s:", name);
	for(; l != nil; l = tl l)
		sys->print(" %d", hd l);
	sys->print("\n");
}

issorted(l: list of int): int
{
	if(l == nil)
		return 1;
	for(; tl l != nil; l = tl l)
		if(hd l > hd tl l)
			return 0;
	return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	l := 5 :: 3 :: 9 :: 1 :: 1 :: 8 :: -2 :: 7 :: 0 :: 4 :: nil;
	printl("in", l);
	printl("out", msort(l));
	printl("empty", msort(nil));
	printl("one", msort(42 :: nil));

	words := "kiwi" :: "fig" :: "banana" :: "apple" :: "date" :: "cherry" ::
		"elderberry" :: "grape" :: "lime" :: "plum" :: "pear" :: nil;
	sys->print("words:");
	for(w := ssort(words); w != nil; w = tl w)
		sys->print(" %s", hd w);
	sys->print("\n");

	x := 7;
	big1: list of int;
	for(i := 0; i < 3000; i++){
		x = (x * 75 + 74) % 65537;
		big1 = x % 1000 :: big1;
	}
	s := msort(big1);
	sys->print("3000 elts sorted=%d len=%d min=%d max=%d\n", issorted(s), len s, hd s, hd rev(s));

	arr := array[37] of int;
	for(i = 0; i < len arr; i++)
		arr[i] = (i * 17 + 5) % 37 - 18;
	bottomup(arr);
	sys->print("bottomup:");
	for(i = 0; i < len arr; i++)
		sys->print(" %d", arr[i]);
	sys->print("\n");

	out := chan of list of int;
	spawn psort(big1, 3, out);
	p := <-out;
	same := 1;
	for(q := s; q != nil; q = tl q){
		if(hd q != hd p)
			same = 0;
		p = tl p;
	}
	sys->print("parallel sort agrees: %d\n", same);
}
