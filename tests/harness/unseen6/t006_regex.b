implement Regex;

include "sys.m";
	sys: Sys;
include "draw.m";

Regex: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# A small backtracking matcher: literal, ., *, +, ?, ^, $, [classes]

Atom: adt {
	pick {
	Lit =>
		c: int;
	Any =>
	Class =>
		neg: int;
		ranges: list of (int, int);
	}
};

Piece: adt {
	a:	ref Atom;
	rep:	int;	# 0 once, '*', '+', '?'
};

compile(re: string): (array of ref Piece, int, int)
{
	anchs := 0;
	anche := 0;
	i := 0;
	if(len re > 0 && re[0] == '^'){
		anchs = 1;
		i = 1;
	}
	ps: list of ref Piece;
	n := 0;
	for(; i < len re; i++){
		c := re[i];
		a: ref Atom;
		if(c == '$' && i == len re - 1){
			anche = 1;
			break;
		}
		case c {
		'.' =>
			a = ref Atom.Any;
		'[' =>
			neg := 0;
			i++;
			if(i < len re && re[i] == '^'){
				neg = 1;
				i++;
			}
			rl: list of (int, int);
			while(i < len re && re[i] != ']'){
				lo := re[i];
				hi := lo;
				if(i+2 < len re && re[i+1] == '-' && re[i+2] != ']'){
					hi = re[i+2];
					i += 2;
				}
				rl = (lo, hi) :: rl;
				i++;
			}
			if(i >= len re)
				raise "regex: missing ]";
			a = ref Atom.Class(neg, rl);
		'\\' =>
			i++;
			if(i >= len re)
				raise "regex: trailing backslash";
			a = ref Atom.Lit(re[i]);
		* =>
			a = ref Atom.Lit(c);
		}
		rep := 0;
		if(i+1 < len re)
			case re[i+1] {
			'*' or '+' or '?' =>
				rep = re[i+1];
				i++;
			}
		ps = ref Piece(a, rep) :: ps;
		n++;
	}
	arr := array[n] of ref Piece;
	for(; ps != nil; ps = tl ps)
		arr[--n] = hd ps;
	return (arr, anchs, anche);
}

matchatom(a: ref Atom, c: int): int
{
	pick x := a {
	Lit =>
		return x.c == c;
	Any =>
		return 1;
	Class =>
		in := 0;
		for(r := x.ranges; r != nil; r = tl r){
			(lo, hi) := hd r;
			if(c >= lo && c <= hi)
				in = 1;
		}
		return in != x.neg;
	}
	return 0;
}

matchhere(p: array of ref Piece, s: string, i: int, anche: int): int
{
	if(len p == 0){
		if(anche && i != len s)
			return -1;
		return i;
	}
	pc := p[0];
	case pc.rep {
	0 =>
		if(i < len s && matchatom(pc.a, s[i]))
			return matchhere(p[1:], s, i+1, anche);
		return -1;
	'?' =>
		if(i < len s && matchatom(pc.a, s[i])){
			r := matchhere(p[1:], s, i+1, anche);
			if(r >= 0)
				return r;
		}
		return matchhere(p[1:], s, i, anche);
	* =>
		min := 0;
		if(pc.rep == '+')
			min = 1;
		j := i;
		while(j < len s && matchatom(pc.a, s[j]))
			j++;
		for(; j >= i + min; j--){
			r := matchhere(p[1:], s, j, anche);
			if(r >= 0)
				return r;
		}
		return -1;
	}
}

search(re, s: string): (int, int)
{
	(p, anchs, anche) := compile(re);
	for(st := 0; st <= len s; st++){
		e := matchhere(p, s, st, anche);
		if(e >= 0)
			return (st, e);
		if(anchs)
			break;
	}
	return (-1, -1);
}

tests := array[] of {
	("ab*c", "xxabbbcyy"),
	("^ab*c", "xxabbbcyy"),
	("[0-9]+", "order 66 now"),
	("colou?r", "the color red"),
	("h.llo$", "say hello"),
	("h.llo$", "hello there"),
	("[^a-z ]+", "abc DEF ghi"),
	("é+", "caféé!"),
	("a\\.b", "axb a.b"),
	("x*", "yyy"),
	("[abc", "abc"),
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < len tests; i++){
		(re, s) := tests[i];
		{
			(st, e) := search(re, s);
			if(st < 0)
				sys->print("%-10s %-14q no match\n", re, s);
			else
				sys->print("%-10s %-14q [%d,%d) %q\n", re, s, st, e, s[st:e]);
		} exception err {
		"regex:*" =>
			sys->print("%-10s error: %s\n", re, err);
		}
	}
}
