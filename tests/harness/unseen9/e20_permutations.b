implement Perms;

include "sys.m";
	sys: Sys;
include "draw.m";

Perms: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

# recursive: all permutations of a string in lexicographic order
perms(prefix, rest: string, acc: list of string): list of string
{
	if(len rest == 0)
		return prefix :: acc;
	for(i := 0; i < len rest; i++){
		if(i > 0 && rest[i] == rest[i-1])
			continue;	# skip duplicates (rest is kept sorted)
		p := prefix;
		p[len p] = rest[i];
		acc = perms(p, rest[0:i] + rest[i+1:], acc);
	}
	return acc;
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

# Narayana's next permutation in place
nextperm(a: array of int): int
{
	i := len a - 2;
	while(i >= 0 && a[i] >= a[i+1])
		i--;
	if(i < 0)
		return 0;
	j := len a - 1;
	while(a[j] <= a[i])
		j--;
	(a[i], a[j]) = (a[j], a[i]);
	(l, r) := (i+1, len a - 1);
	for(; l < r; (l, r) = (l+1, r-1))
		(a[l], a[r]) = (a[r], a[l]);
	return 1;
}

# Heap's algorithm, counting permutations and a checksum
heapcount := 0;
heapsum := 0;

heaps(a: array of int, k: int)
{
	if(k == 1){
		heapcount++;
		v := 0;
		for(i := 0; i < len a; i++)
			v = v*10 + a[i];
		heapsum = (heapsum + v) % 1000000007;
		return;
	}
	heaps(a, k-1);
	for(i := 0; i < k-1; i++){
		if(k % 2 == 0)
			(a[i], a[k-1]) = (a[k-1], a[i]);
		else
			(a[0], a[k-1]) = (a[k-1], a[0]);
		heaps(a, k-1);
	}
}

# k-combinations of 1..n via recursion
combos(start, n, k: int, cur: list of int, out: chan of list of int)
{
	if(k == 0){
		out <-= cur;
		return;
	}
	for(i := start; i <= n - k + 1; i++)
		combos(i+1, n, k-1, i :: cur, out);
}

gen(n, k: int, out: chan of list of int)
{
	combos(1, n, k, nil, out);
	out <-= nil;
}

# permutation rank/unrank via factorial number system
fact(n: int): int
{
	f := 1;
	for(i := 2; i <= n; i++)
		f *= i;
	return f;
}

unrank(n, r: int): array of int
{
	avail := array[n] of int;
	for(i := 0; i < n; i++)
		avail[i] = i;
	m := n;
	out := array[n] of int;
	for(i = 0; i < n; i++){
		f := fact(n - 1 - i);
		q := r / f;
		r %= f;
		out[i] = avail[q];
		avail[q:] = avail[q+1:m];
		m--;
	}
	return out;
}

rank(p: array of int): int
{
	r := 0;
	n := len p;
	for(i := 0; i < n; i++){
		smaller := 0;
		for(j := i+1; j < n; j++)
			if(p[j] < p[i])
				smaller++;
		r += smaller * fact(n - 1 - i);
	}
	return r;
}

astr(a: array of int): string
{
	s := "";
	for(i := 0; i < len a; i++)
		s += string a[i];
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	l := rev(perms("", "abcd", nil));
	sys->print("%d perms of abcd:", len l);
	for(; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
	l = rev(perms("", "aabb", nil));
	sys->print("%d distinct perms of aabb:", len l);
	for(; l != nil; l = tl l)
		sys->print(" %s", hd l);
	sys->print("\n");
	sys->print("distinct perms of mississippi: %d\n", len perms("", "iiiimppssss", nil));

	a := array[] of {1, 2, 2, 3};
	n := 1;
	sys->print("next_permutation from 1223:");
	do {
		sys->print(" %s", astr(a));
	} while(nextperm(a) && n++ < 20);
	sys->print("\n");

	h := array[] of {1, 2, 3, 4, 5, 6, 7};
	heaps(h, len h);
	sys->print("heap's algorithm on 7: %d perms, checksum %d, final %s\n", heapcount, heapsum, astr(h));

	c := chan of list of int;
	spawn gen(6, 3, c);
	count := 0;
	sys->print("C(6,3):");
	for(;;){
		x := <-c;
		if(x == nil)
			break;
		count++;
		s := "";
		for(; x != nil; x = tl x)
			s = string hd x + s;
		sys->print(" %s", s);
	}
	sys->print(" (%d)\n", count);

	for(r := 0; r < 24; r += 5){
		p := unrank(4, r);
		sys->print("unrank(4,%d)=%s rank=%d  ", r, astr(p), rank(p));
	}
	sys->print("\n");
	p := unrank(9, 123456);
	sys->print("unrank(9,123456)=%s rank back %d\n", astr(p), rank(p));

	# subsets by bitmask, those summing to 10
	set := array[] of {1, 2, 3, 4, 5, 6};
	sys->print("subsets of 1..6 summing to 10:");
	for(mask := 0; mask < 1 << len set; mask++){
		sum := 0;
		s := "";
		for(i := 0; i < len set; i++)
			if(mask & (1 << i)){
				sum += set[i];
				s += string set[i];
			}
		if(sum == 10)
			sys->print(" {%s}", s);
	}
	sys->print("\n");
}
