implement Bitset;

include "sys.m";
	sys: Sys;
include "draw.m";

Bitset: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Set: adt {
	w: array of int;

	new: fn(nbits: int): Set;
	add: fn(s: self Set, i: int);
	del: fn(s: self Set, i: int);
	has: fn(s: self Set, i: int): int;
	union: fn(s: self Set, t: Set): Set;
	inter: fn(s: self Set, t: Set): Set;
	count: fn(s: self Set): int;
	str: fn(s: self Set): string;
	hex: fn(s: self Set): string;
};

Set.new(nbits: int): Set
{
	return Set(array[(nbits + 31) / 32] of {* => 0});
}

Set.add(s: self Set, i: int)
{
	s.w[i >> 5] |= 1 << (i & 31);
}

Set.del(s: self Set, i: int)
{
	s.w[i >> 5] &= ~(1 << (i & 31));
}

Set.has(s: self Set, i: int): int
{
	return (s.w[i >> 5] >> (i & 31)) & 1;
}

Set.union(s: self Set, t: Set): Set
{
	r := Set.new(32 * len s.w);
	for(i := 0; i < len s.w; i++)
		r.w[i] = s.w[i] | t.w[i];
	return r;
}

Set.inter(s: self Set, t: Set): Set
{
	r := Set.new(32 * len s.w);
	for(i := 0; i < len s.w; i++)
		r.w[i] = s.w[i] & t.w[i];
	return r;
}

Set.count(s: self Set): int
{
	n := 0;
	for(i := 0; i < len s.w; i++){
		v := s.w[i];
		while(v != 0){
			v &= v - 1;
			n++;
		}
	}
	return n;
}

Set.str(s: self Set): string
{
	r := "{";
	for(i := 0; i < 32 * len s.w; i++)
		if(s.has(i)){
			if(len r > 1)
				r += " ";
			r += string i;
		}
	return r + "}";
}

Set.hex(s: self Set): string
{
	r := "";
	for(i := len s.w - 1; i >= 0; i--)
		r += sys->sprint("%.8ux", s.w[i]);
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	evens := Set.new(70);
	threes := Set.new(70);
	for(i := 0; i < 70; i++){
		if(i % 2 == 0)
			evens.add(i);
		if(i % 3 == 0)
			threes.add(i);
	}
	sys->print("evens count %d hex %s\n", evens.count(), evens.hex());
	sys->print("threes count %d hex %s\n", threes.count(), threes.hex());
	both := evens.inter(threes);
	sys->print("sixes %s\n", both.str());
	either := evens.union(threes);
	sys->print("either count %d\n", either.count());
	alias := evens;
	alias.del(0);
	alias.del(64);
	sys->print("alias shares words: has(0)=%d has(64)=%d count=%d\n", evens.has(0), evens.has(64), evens.count());
	s := Set.new(32);
	s.add(31);
	s.add(0);
	sys->print("sign bit word %d %ux %s\n", s.w[0], s.w[0], s.str());
	sys->fprint(sys->fildes(2), "last: %s\n", threes.inter(Set.new(96)).str());
}
