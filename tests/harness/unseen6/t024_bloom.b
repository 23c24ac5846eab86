implement Bloom;

include "sys.m";
	sys: Sys;
include "draw.m";
include "math.m";
	math: Math;

Bloom: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Filter: adt {
	bits:	array of byte;
	m:	int;
	k:	int;
	count:	int;

	new:	fn(m, k: int): ref Filter;
	add:	fn(f: self ref Filter, s: string);
	has:	fn(f: self ref Filter, s: string): int;
	fill:	fn(f: self ref Filter): real;
};

fnv1a(s: string): int
{
	h := int 16r811c9dc5;
	b := array of byte s;
	for(i := 0; i < len b; i++){
		h ^= int b[i];
		h *= 16r01000193;
	}
	return h;
}

djb2(s: string): int
{
	h := 5381;
	for(i := 0; i < len s; i++)
		h = (h << 5) + h + s[i];
	return h;
}

pos(f: ref Filter, s: string, i: int): int
{
	h := fnv1a(s) + i * djb2(s);
	h &= 16r7fffffff;
	return h % f.m;
}

Filter.new(m, k: int): ref Filter
{
	return ref Filter(array[(m+7)/8] of {* => byte 0}, m, k, 0);
}

Filter.add(f: self ref Filter, s: string)
{
	for(i := 0; i < f.k; i++){
		p := pos(f, s, i);
		f.bits[p>>3] |= byte (1 << (p&7));
	}
	f.count++;
}

Filter.has(f: self ref Filter, s: string): int
{
	for(i := 0; i < f.k; i++){
		p := pos(f, s, i);
		if((int f.bits[p>>3] & (1 << (p&7))) == 0)
			return 0;
	}
	return 1;
}

Filter.fill(f: self ref Filter): real
{
	set := 0;
	for(i := 0; i < len f.bits; i++)
		for(b := int f.bits[i]; b != 0; b &= b-1)
			set++;
	return real set / real f.m;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	math = load Math Math->PATH;
	sys->print("fnv1a(\"hello\") = %.8ux\n", fnv1a("hello"));
	sys->print("djb2(\"hello\") = %d\n", djb2("hello"));
	configs := array[] of {(256, 2), (256, 4), (1024, 3), (1024, 7)};
	for(c := 0; c < len configs; c++){
		(m, k) := configs[c];
		f := Filter.new(m, k);
		for(i := 0; i < 100; i++)
			f.add(sys->sprint("user%d@example.com", i));
		missing := 0;
		for(i = 0; i < 100; i++)
			if(!f.has(sys->sprint("user%d@example.com", i)))
				missing++;
		fp := 0;
		for(i = 0; i < 1000; i++)
			if(f.has(sys->sprint("other%d@example.org", i)))
				fp++;
		expect := math->pow(1.0 - math->exp(-real k * real f.count / real m), real k);
		sys->print("m=%-5d k=%d fill=%.3f false+=%4d/1000 (%.1f%%, theory %.1f%%) missing=%d\n",
			m, k, f.fill(), fp, real fp / 10.0, expect*100.0, missing);
	}
	g := Filter.new(64, 3);
	words := array[] of {"plan9", "inferno", "limbo", "dis", "styx"};
	for(i := 0; i < len words; i++)
		g.add(words[i]);
	probe := array[] of {"limbo", "styx", "unix", "dis", "acme", "sam"};
	verdict := array[] of {"absent", "maybe"};
	for(i = 0; i < len probe; i++)
		sys->print("%-8s %s\n", probe[i], verdict[g.has(probe[i])]);
}
