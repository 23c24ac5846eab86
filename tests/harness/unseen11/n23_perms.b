implement Perms;

include "sys.m";
	sys: Sys;
include "draw.m";

Perms: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# permission flags, one bit each
Read, Write, Exec, Append, Excl, Temp: con 1 << iota;
All: con Read|Write|Exec|Append|Excl|Temp;
flagnames := array[] of {"read", "write", "exec", "append", "excl", "temp"};
flagchars := "rwxalt";

# a set of small integers held in words of 32 bits
Set: adt {
	w:	array of int;

	mk:	fn(max: int): Set;
	add:	fn(s: self Set, n: int);
	has:	fn(s: self Set, n: int): int;
	union:	fn(s: self Set, t: Set): Set;
	inter:	fn(s: self Set, t: Set): Set;
	count:	fn(s: self Set): int;
	text:	fn(s: self Set): string;
};

Set.mk(max: int): Set
{
	return Set(array[(max+31)/32] of {* => 0});
}

Set.add(s: self Set, n: int)
{
	s.w[n>>5] |= 1 << (n & 31);
}

Set.has(s: self Set, n: int): int
{
	return n>>5 < len s.w && (s.w[n>>5] & (1 << (n&31))) != 0;
}

Set.union(s: self Set, t: Set): Set
{
	r := Set.mk(32*len s.w);
	for(i := 0; i < len s.w; i++)
		r.w[i] = s.w[i] | t.w[i];
	return r;
}

Set.inter(s: self Set, t: Set): Set
{
	r := Set.mk(32*len s.w);
	for(i := 0; i < len s.w; i++)
		r.w[i] = s.w[i] & t.w[i];
	return r;
}

Set.count(s: self Set): int
{
	n := 0;
	for(i := 0; i < len s.w; i++)
		for(x := s.w[i]; x != 0; x &= x - 1)	# clears the lowest set bit
			n++;
	return n;
}

Set.text(s: self Set): string
{
	r := "";
	for(i := 0; i < 32*len s.w; i++)
		if(s.has(i))
			r += " " + string i;
	return "{" + r + " }";
}

modestr(m: int): string
{
	s := "";
	for(i := 0; i < len flagchars; i++)
		if(m & (1<<i))
			s[len s] = flagchars[i];
		else
			s += "-";
	return s;
}

parsemode(s: string): int
{
	m := 0;
	for(i := 0; i < len s; i++){
		case s[i] {
		'r' =>	m |= Read;
		'w' =>	m |= Write;
		'x' =>	m |= Exec;
		'a' =>	m |= Append|Write;
		'l' =>	m |= Excl;
		't' =>	m |= Temp;
		'-' =>	;
		* =>	return -1;
		}
	}
	return m;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("flags:");
	for(i := 0; i < len flagnames; i++)
		sys->print(" %s=%d", flagnames[i], 1<<i);
	sys->print(" all=%#x\n", All);
	modes := array[] of {"rw", "r-x", "a", "rwxalt", "t", "q", ""};
	for(i = 0; i < len modes; i++){
		m := parsemode(modes[i]);
		if(m < 0){
			sys->print("%-7q invalid\n", modes[i]);
			continue;
		}
		sys->print("%-7q %s %#.2x inverse %s writable %d\n", modes[i], modestr(m), m,
			modestr(~m & All), (m & (Write|Append)) != 0);
	}

	(primes, odds) := (Set.mk(100), Set.mk(100));
	sieve := array[100] of {* => 1};
	for(n := 2; n < 100; n++){
		if(sieve[n]){
			primes.add(n);
			for(k := n*n; k < 100; k += n)
				sieve[k] = 0;
		}
		if(n & 1)
			odds.add(n);
	}
	sys->print("primes: %d, odds: %d\n", primes.count(), odds.count());
	ev := primes.inter(odds);
	sys->print("odd primes: %d, union: %d\n", ev.count(), primes.union(odds).count());
	small := Set.mk(64);
	for(n = 0; n < 64; n += 7)
		small.add(n);
	sys->print("multiples of 7: %s words %#x %#x\n", small.text(), small.w[0], small.w[1]);
	sys->print("has 63 %d, has 64 %d, has 1000 %d\n", small.has(63), small.has(64), small.has(1000));
	alias := small;	# value adt, but the array inside is shared
	alias.add(1);
	sys->print("after adding via alias: %s\n", small.text());
}
