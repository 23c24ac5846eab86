implement BitTricks;

include "sys.m";
	sys: Sys;
include "draw.m";

BitTricks: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

popcount(x: int): int
{
	x = x - ((x >> 1) & 16r55555555);
	x = (x & 16r33333333) + ((x >> 2) & 16r33333333);
	x = (x + (x >> 4)) & 16r0f0f0f0f;
	return (x * 16r01010101) >> 24 & 16rff;
}

popslow(x: int): int
{
	n := 0;
	while(x != 0){
		x &= x - 1;
		n++;
	}
	return n;
}

clz(x: int): int
{
	if(x == 0)
		return 32;
	n := 0;
	if((x & int 16rffff0000) == 0){ n += 16; x <<= 16; }
	if((x & int 16rff000000) == 0){ n += 8; x <<= 8; }
	if((x & int 16rf0000000) == 0){ n += 4; x <<= 4; }
	if((x & int 16rc0000000) == 0){ n += 2; x <<= 2; }
	if((x & int 16r80000000) == 0)
		n++;
	return n;
}

ctz(x: int): int
{
	if(x == 0)
		return 32;
	return 31 - clz(x & -x);
}

reverse(x: int): int
{
	x = ((x >> 1) & 16r55555555) | ((x & 16r55555555) << 1);
	x = ((x >> 2) & 16r33333333) | ((x & 16r33333333) << 2);
	x = ((x >> 4) & 16r0f0f0f0f) | ((x & 16r0f0f0f0f) << 4);
	x = ((x >> 8) & 16r00ff00ff) | ((x & 16r00ff00ff) << 8);
	x = ((x >> 16) & 16r0000ffff) | (x << 16);
	return x;
}

gray(n: int): int
{
	return n ^ (n >> 1);
}

ungray(g: int): int
{
	n := g;
	for(s := 1; s < 32; s <<= 1)
		n ^= n >> s;
	return n;
}

bits(x, w: int): string
{
	s := "";
	for(i := w-1; i >= 0; i--)
		s[len s] = '0' + ((x >> i) & 1);
	return s;
}

# Gosper's hack: next larger number with the same popcount
nextsame(v: int): int
{
	c := v & -v;
	r := v + c;
	return (((r ^ v) >> 2) / c) | r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	tests := array[] of {0, 1, 7, 16r80, 16rff00, 12345678, -1, int 16r80000000, 16r7fffffff};
	sys->print("%11s %4s %4s %4s %4s %8s\n", "x", "pop", "clz", "ctz", "pow2", "reverse");
	for(i := 0; i < len tests; i++){
		x := tests[i];
		if(popcount(x) != popslow(x))
			sys->print("popcount mismatch for %d\n", x);
		p2 := x > 0 && (x & (x - 1)) == 0;
		sys->print("%11d %4d %4d %4d %4d %.8ux\n", x, popcount(x), clz(x), ctz(x), p2, reverse(x));
	}

	sys->print("gray code:\n");
	for(n := 0; n < 16; n++){
		g := gray(n);
		sys->print("  %2d %s %s back=%d\n", n, bits(n, 4), bits(g, 4), ungray(g));
	}

	sys->print("3-of-6 subsets:");
	cnt := 0;
	for(v := 2r111; v < (1 << 6); v = nextsame(v)){
		sys->print(" %s", bits(v, 6));
		cnt++;
	}
	sys->print("\n  count %d\n", cnt);

	# subset sums by enumerating all masks
	w := array[] of {3, 34, 4, 12, 5, 2};
	target := 9;
	sys->print("subsets of {3,34,4,12,5,2} summing to %d:\n", target);
	for(m := 0; m < (1 << len w); m++){
		s := 0;
		for(j := 0; j < len w; j++)
			if(m & (1 << j))
				s += w[j];
		if(s == target){
			sys->print("  mask %s:", bits(m, len w));
			for(j = 0; j < len w; j++)
				if(m & (1 << j))
					sys->print(" %d", w[j]);
			sys->print("\n");
		}
	}

	# xor swap and parity
	(a, b) := (1234, -5678);
	a ^= b; b ^= a; a ^= b;
	sys->print("xor swap: a=%d b=%d\n", a, b);
	par := 16r6996;
	for(x := 0; x < 8; x++)
		sys->print("parity(%d)=%d ", x, (par >> x) & 1);
	sys->print("\n");
}
