implement Kmp;

include "sys.m";
	sys: Sys;
include "draw.m";

Kmp: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

failure(p: string): array of int
{
	f := array[len p] of {* => 0};
	k := 0;
	for(i := 1; i < len p; i++){
		while(k > 0 && p[i] != p[k])
			k = f[k-1];
		if(p[i] == p[k])
			k++;
		f[i] = k;
	}
	return f;
}

kmp(t, p: string): list of int
{
	if(len p == 0)
		return nil;
	f := failure(p);
	hits: list of int;
	k := 0;
	for(i := 0; i < len t; i++){
		while(k > 0 && t[i] != p[k])
			k = f[k-1];
		if(t[i] == p[k])
			k++;
		if(k == len p){
			hits = i - len p + 1 :: hits;
			k = f[k-1];
		}
	}
	return reverse(hits);
}

zarray(s: string): array of int
{
	n := len s;
	z := array[n] of {* => 0};
	l := 0;
	r := 0;
	for(i := 1; i < n; i++){
		if(i < r){
			z[i] = r - i;
			if(z[i-l] < z[i])
				z[i] = z[i-l];
		}
		while(i + z[i] < n && s[z[i]] == s[i+z[i]])
			z[i]++;
		if(i + z[i] > r){
			l = i;
			r = i + z[i];
		}
	}
	if(n > 0)
		z[0] = n;
	return z;
}

zsearch(t, p: string): list of int
{
	# use a separator that cannot appear in the text
	z := zarray(p + "\u0001" + t);
	hits: list of int;
	for(i := len p + 1; i < len z; i++)
		if(z[i] >= len p)
			hits = i - len p - 1 :: hits;
	return reverse(hits);
}

rabinkarp(t, p: string): list of int
{
	B: con 257;
	M: con 1000003;
	m := len p;
	if(m == 0 || m > len t)
		return nil;
	hp := 0;
	ht := 0;
	pow := 1;
	for(i := 0; i < m; i++){
		hp = (hp*B + p[i]) % M;
		ht = (ht*B + t[i]) % M;
		if(i > 0)
			pow = (pow*B) % M;
	}
	hits: list of int;
	for(i = 0; ; i++){
		if(hp == ht && t[i:i+m] == p)
			hits = i :: hits;
		if(i + m >= len t)
			break;
		ht = (ht - t[i]*pow % M + M) % M;
		ht = (ht*B + t[i+m]) % M;
	}
	return reverse(hits);
}

reverse(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

fmt(l: list of int): string
{
	s := "[";
	for(; l != nil; l = tl l){
		s += string hd l;
		if(tl l != nil)
			s += " ";
	}
	return s + "]";
}

# smallest period of a string from its failure function
period(s: string): int
{
	f := failure(s);
	p := len s - f[len s - 1];
	if(len s % p == 0)
		return p;
	return len s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	text := "abracadabra abracadabra, said the abra-cadabra bird: abababab";
	pats := array[] of {"abra", "cad", "abab", "a", "bird", "zzz", "abracadabra"};
	for(i := 0; i < len pats; i++){
		k := kmp(text, pats[i]);
		z := zsearch(text, pats[i]);
		r := rabinkarp(text, pats[i]);
		agree := fmt(k) == fmt(z) && fmt(z) == fmt(r);
		sys->print("%-12s %d hits %s agree=%d\n", pats[i], len k, fmt(k), agree);
	}

	p := "aabaabaaa";
	f := failure(p);
	sys->print("failure(%s):", p);
	for(i = 0; i < len f; i++)
		sys->print(" %d", f[i]);
	sys->print("\nz(%s):", p);
	z := zarray(p);
	for(i = 0; i < len z; i++)
		sys->print(" %d", z[i]);
	sys->print("\n");

	ws := array[] of {"abcabcabc", "aaaa", "abcd", "abab", "abaababaab", "xyxyx"};
	for(i = 0; i < len ws; i++)
		sys->print("period(%s)=%d ", ws[i], period(ws[i]));
	sys->print("\n");

	# unicode text works on runes, not bytes
	u := "ñandú, ñandú y más ñandú";
	sys->print("runes %d, 'ñandú' at %s\n", len u, fmt(kmp(u, "ñandú")));

	# long repetitive text
	long := "";
	for(i = 0; i < 500; i++)
		long += "ab";
	long += "c";
	sys->print("long: %d hits of abababc, last 'bc' at %s\n", len kmp(long, "abababc"), fmt(rabinkarp(long, "bc")));
	sys->print("count of 'abab' overlapping: %d\n", len zsearch(long, "abab"));
}
