implement Regex;

include "sys.m";
	sys: Sys;
include "draw.m";

Regex: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Re: adt {
	pick {
	Char =>
		c: int;
	Any =>
	Class =>
		set: string;
		neg: int;
	Star =>
		r: cyclic ref Re;
		min: int;	# 0 for *, 1 for +
	Opt =>
		r: cyclic ref Re;
	Alt =>
		a, b: cyclic ref Re;
	Seq =>
		rs: cyclic list of ref Re;
	Group =>
		r: cyclic ref Re;
		n: int;
	}
};

# ---- parser (recursive descent over the pattern) ----
pat: string;
pp: int;
ngroups: int;

parsealt(): ref Re
{
	a := parseseq();
	if(pp < len pat && pat[pp] == '|'){
		pp++;
		return ref Re.Alt(a, parsealt());
	}
	return a;
}

parseseq(): ref Re
{
	rs: list of ref Re;
	while(pp < len pat && pat[pp] != '|' && pat[pp] != ')')
		rs = parsepost() :: rs;
	r: list of ref Re;
	for(; rs != nil; rs = tl rs)
		r = hd rs :: r;
	return ref Re.Seq(r);
}

parsepost(): ref Re
{
	a := parseatom();
	while(pp < len pat){
		case pat[pp] {
		'*' =>
			a = ref Re.Star(a, 0);
		'+' =>
			a = ref Re.Star(a, 1);
		'?' =>
			a = ref Re.Opt(a);
		* =>
			return a;
		}
		pp++;
	}
	return a;
}

parseatom(): ref Re
{
	c := pat[pp++];
	case c {
	'.' =>
		return ref Re.Any;
	'(' =>
		n := ++ngroups;
		r := parsealt();
		if(pp >= len pat || pat[pp] != ')')
			raise "regex: missing )";
		pp++;
		return ref Re.Group(r, n);
	'[' =>
		neg := 0;
		if(pp < len pat && pat[pp] == '^'){
			neg = 1;
			pp++;
		}
		set := "";
		while(pp < len pat && pat[pp] != ']'){
			if(pp + 2 < len pat && pat[pp + 1] == '-' && pat[pp + 2] != ']'){
				for(ch := pat[pp]; ch <= pat[pp + 2]; ch++)
					set[len set] = ch;
				pp += 3;
			} else
				set[len set] = pat[pp++];
		}
		if(pp >= len pat)
			raise "regex: missing ]";
		pp++;
		return ref Re.Class(set, neg);
	'\\' =>
		if(pp >= len pat)
			raise "regex: trailing backslash";
		return ref Re.Char(pat[pp++]);
	'*' or '+' or '?' =>
		raise "regex: nothing to repeat";
	}
	return ref Re.Char(c);
}

compile(p: string): ref Re
{
	pat = p;
	pp = 0;
	ngroups = 0;
	r := parsealt();
	if(pp < len pat)
		raise "regex: unbalanced )";
	return r;
}

# ---- matcher: continuation is the list of what remains to match ----
subj: string;
starts: array of int;
ends: array of int;
tries := 0;

m(r: ref Re, i: int, k: list of ref Re): int
{
	tries++;
	pick x := r {
	Char =>
		if(i < len subj && subj[i] == x.c)
			return cont(i + 1, k);
		return -1;
	Any =>
		if(i < len subj)
			return cont(i + 1, k);
		return -1;
	Class =>
		if(i >= len subj)
			return -1;
		in := 0;
		for(j := 0; j < len x.set; j++)
			if(x.set[j] == subj[i])
				in = 1;
		if(in != x.neg)
			return cont(i + 1, k);
		return -1;
	Seq =>
		if(x.rs == nil)
			return cont(i, k);
		for(l := rev(x.rs); l != nil; l = tl l)
			k = hd l :: k;
		return cont(i, k);
	Alt =>
		e := m(x.a, i, k);
		if(e >= 0)
			return e;
		return m(x.b, i, k);
	Opt =>
		e := m(x.r, i, k);
		if(e >= 0)
			return e;
		return cont(i, k);
	Star =>
		# greedy: one more repetition (which must make progress), else stop
		if(x.min > 0){
			return m(x.r, i, ref Re.Star(x.r, 0) :: k);
		}
		e := m(x.r, i, ref Re.Group(ref Re.Star(x.r, 0), -(i + 1)) :: k);
		if(e >= 0)
			return e;
		return cont(i, k);
	Group =>
		if(x.n < 0){
			# progress guard: -(start+1) recorded by Star
			if(i == -x.n - 1)
				return -1;
			return m(x.r, i, k);
		}
		os := starts[x.n];
		oe := ends[x.n];
		starts[x.n] = i;
		e := m(x.r, i, ref Re.Group(nil, 1000 + x.n) :: k);
		if(e < 0){
			starts[x.n] = os;
			ends[x.n] = oe;
		}
		return e;
	}
	return -1;
}

cont(i: int, k: list of ref Re): int
{
	if(k == nil)
		return i;
	pick g := hd k {
	Group =>
		if(g.n >= 1000){
			# group close marker
			ends[g.n - 1000] = i;
			return cont(i, tl k);
		}
	}
	return m(hd k, i, tl k);
}

rev(l: list of ref Re): list of ref Re
{
	r: list of ref Re;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

# leftmost match anywhere in s
search(re: ref Re, s: string): (int, int)
{
	subj = s;
	starts = array[ngroups + 1] of {* => -1};
	ends = array[ngroups + 1] of {* => -1};
	for(i := 0; i <= len s; i++){
		e := m(re, i, nil);
		if(e >= 0)
			return (i, e);
	}
	return (-1, -1);
}

test(p: string, subjects: list of string)
{
	re: ref Re;
	{
		re = compile(p);
	} exception e {
	"regex:*" =>
		sys->print("/%s/ error:%s\n", p, e[6:]);
		return;
	}
	sys->print("/%s/ (%d groups)\n", p, ngroups);
	for(; subjects != nil; subjects = tl subjects){
		s := hd subjects;
		tries = 0;
		(b, e) := search(re, s);
		if(b < 0){
			sys->print("   %-16s no match (%d tries)\n", "\"" + s + "\"", tries);
			continue;
		}
		g := "";
		for(n := 1; n <= ngroups; n++)
			if(starts[n] >= 0 && ends[n] >= starts[n])
				g += " $" + string n + "=" + s[starts[n]:ends[n]];
		sys->print("   %-16s [%d,%d) \"%s\"%s (%d tries)\n", "\"" + s + "\"", b, e, s[b:e], g, tries);
	}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	test("abc", "xxabcxx" :: "ab" :: nil);
	test("a.c", "abc" :: "a-c" :: "ac" :: nil);
	test("ab*c", "ac" :: "abbbbc" :: "abx" :: nil);
	test("ab+c", "ac" :: "abbc" :: nil);
	test("colou?r", "color" :: "colour" :: "colouur" :: nil);
	test("(cat|dog)s?", "hotdogs" :: "a cat" :: "cow" :: nil);
	test("[0-9]+(\\.[0-9]+)?", "pi is 3.14159!" :: "v42" :: "x.5" :: nil);
	test("([a-z]+)@([a-z]+)\\.com", "mail bob@example.com now" :: "@x.com" :: nil);
	test("(a*)*b", "aaab" :: "aaa" :: nil);
	test("[^aeiou ]+", "queue tree" :: "aeiou" :: nil);
	test("x(y|z)*x", "xx" :: "xyzzyx" :: "xyw" :: nil);
	test("(ab", "ab" :: nil);
	test("a)", "a" :: nil);
	test("*a", "a" :: nil);
}
