implement Sortedset;

include "sys.m";
	sys: Sys;
include "draw.m";

Sortedset: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Set: adt {
	a:	array of int;

	new:	fn(l: list of int): Set;
	find:	fn(s: self Set, v: int): (int, int);
	add:	fn(s: self Set, v: int): Set;
	del:	fn(s: self Set, v: int): Set;
	union:	fn(s: self Set, t: Set): Set;
	inter:	fn(s: self Set, t: Set): Set;
	minus:	fn(s: self Set, t: Set): Set;
	subset:	fn(s: self Set, t: Set): int;
	text:	fn(s: self Set): string;
};

Set.new(l: list of int): Set
{
	s := Set(array[0] of int);
	for(; l != nil; l = tl l)
		s = s.add(hd l);
	return s;
}

# binary search: (found, index)
Set.find(s: self Set, v: int): (int, int)
{
	lo := 0;
	hi := len s.a;
	while(lo < hi){
		m := (lo+hi)/2;
		if(s.a[m] == v)
			return (1, m);
		if(s.a[m] < v)
			lo = m+1;
		else
			hi = m;
	}
	return (0, lo);
}

Set.add(s: self Set, v: int): Set
{
	(f, i) := s.find(v);
	if(f)
		return s;
	na := array[len s.a + 1] of int;
	na[0:] = s.a[0:i];
	na[i] = v;
	na[i+1:] = s.a[i:];
	return Set(na);
}

Set.del(s: self Set, v: int): Set
{
	(f, i) := s.find(v);
	if(!f)
		return s;
	na := array[len s.a - 1] of int;
	na[0:] = s.a[0:i];
	na[i:] = s.a[i+1:];
	return Set(na);
}

merge(s, t: Set, keep: int): Set
{
	# keep bits: 1 = only in s, 2 = in both, 4 = only in t
	r := array[len s.a + len t.a] of int;
	n := 0;
	i := 0;
	j := 0;
	while(i < len s.a || j < len t.a){
		if(j >= len t.a || i < len s.a && s.a[i] < t.a[j]){
			if(keep & 1)
				r[n++] = s.a[i];
			i++;
		}else if(i >= len s.a || t.a[j] < s.a[i]){
			if(keep & 4)
				r[n++] = t.a[j];
			j++;
		}else{
			if(keep & 2)
				r[n++] = s.a[i];
			i++;
			j++;
		}
	}
	return Set(r[0:n]);
}

Set.union(s: self Set, t: Set): Set { return merge(s, t, 7); }
Set.inter(s: self Set, t: Set): Set { return merge(s, t, 2); }
Set.minus(s: self Set, t: Set): Set { return merge(s, t, 1); }

Set.subset(s: self Set, t: Set): int
{
	return len s.minus(t).a == 0;
}

Set.text(s: self Set): string
{
	r := "{";
	for(i := 0; i < len s.a; i++){
		if(i)
			r += ",";
		r += string s.a[i];
	}
	return r + "}";
}

primes(n: int): Set
{
	l: list of int;
	sieve := array[n+1] of {* => 1};
	for(i := 2; i <= n; i++)
		if(sieve[i]){
			l = i :: l;
			for(j := i*i; j <= n; j += i)
				sieve[j] = 0;
		}
	return Set.new(l);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := Set.new(5 :: 3 :: 9 :: 3 :: 1 :: -2 :: 7 :: nil);
	b := Set.new(2 :: 3 :: 4 :: 5 :: nil);
	sys->print("a=%s b=%s\n", a.text(), b.text());
	sys->print("a|b=%s\n", a.union(b).text());
	sys->print("a&b=%s\n", a.inter(b).text());
	sys->print("a-b=%s\n", a.minus(b).text());
	sys->print("b-a=%s\n", b.minus(a).text());
	c := a.del(9).del(100).add(0);
	sys->print("c=%s a unchanged=%s\n", c.text(), a.text());
	(f, i) := c.find(4);
	sys->print("find 4: %d at %d\n", f, i);
	(f, i) = c.find(5);
	sys->print("find 5: %d at %d\n", f, i);
	p := primes(50);
	odd := Set(nil);
	for(k := 1; k < 50; k += 2)
		odd = odd.add(k);
	sys->print("primes=%s\n", p.text());
	sys->print("even primes=%s\n", p.minus(odd).text());
	sys->print("{3,5} subset primes: %d, a subset primes: %d\n", Set.new(3::5::nil).subset(p), a.subset(p));
	sys->print("empty=%s len=%d\n", Set(nil).text(), len Set.new(nil).a);
}
