implement Regex;

include "sys.m";
	sys: Sys;
include "draw.m";

Regex: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

# compiled pattern element
Elem: adt {
	pick {
	Char =>
		c:	int;
	Any =>
	Class =>
		neg:	int;
		ranges:	list of (int, int);
	Bol =>
	Eol =>
	}
};

Node: adt {
	e:	ref Elem;
	rep:	int;	# 0 once, '*', '+', '?'
};

steps := 0;

compile(p: string): (array of ref Node, string)
{
	nodes := array[len p + 1] of ref Node;
	n := 0;
	for(i := 0; i < len p; i++){
		c := p[i];
		e: ref Elem;
		case c {
		'.' =>
			e = ref Elem.Any;
		'^' =>
			if(i != 0)
				return (nil, "^ not at start");
			e = ref Elem.Bol;
		'$' =>
			if(i != len p - 1)
				return (nil, "$ not at end");
			e = ref Elem.Eol;
		'*' or '+' or '?' =>
			return (nil, sys->sprint("nothing to repeat at %d", i));
		'\\' =>
			if(++i >= len p)
				return (nil, "trailing backslash");
			c = p[i];
			case c {
			'd' =>	e = ref Elem.Class(0, ('0', '9') :: nil);
			'w' =>	e = ref Elem.Class(0, ('a', 'z') :: ('A', 'Z') :: ('0', '9') :: ('_', '_') :: nil);
			's' =>	e = ref Elem.Class(0, (' ', ' ') :: ('\t', '\t') :: nil);
			* =>	e = ref Elem.Char(c);
			}
		'[' =>
			neg := 0;
			i++;
			if(i < len p && p[i] == '^'){
				neg = 1;
				i++;
			}
			rl: list of (int, int);
			first := 1;
			while(i < len p && (p[i] != ']' || first)){
				lo := p[i];
				hi := lo;
				if(i+2 < len p && p[i+1] == '-' && p[i+2] != ']'){
					hi = p[i+2];
					i += 2;
					if(hi < lo)
						return (nil, sys->sprint("bad range %c-%c", lo, hi));
				}
				rl = (lo, hi) :: rl;
				i++;
				first = 0;
			}
			if(i >= len p)
				return (nil, "missing ]");
			e = ref Elem.Class(neg, rl);
		* =>
			e = ref Elem.Char(c);
		}
		rep := 0;
		if(i+1 < len p && (p[i+1] == '*' || p[i+1] == '+' || p[i+1] == '?')){
			pick x := e {
			Bol or Eol =>
				return (nil, "cannot repeat an anchor");
			}
			rep = p[++i];
		}
		nodes[n++] = ref Node(e, rep);
	}
	return (nodes[0:n], nil);
}

one(e: ref Elem, s: string, i: int): int
{
	if(i >= len s)
		return 0;
	c := s[i];
	pick x := e {
	Char =>
		return c == x.c;
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

# match nodes[k:] at s[i:]; returns end index or -1
matchhere(nodes: array of ref Node, k: int, s: string, i: int): int
{
	steps++;
	if(k == len nodes)
		return i;
	nd := nodes[k];
	pick x := nd.e {
	Bol =>
		if(i != 0)
			return -1;
		return matchhere(nodes, k+1, s, i);
	Eol =>
		if(i != len s)
			return -1;
		return i;
	}
	case nd.rep {
	0 =>
		if(one(nd.e, s, i))
			return matchhere(nodes, k+1, s, i+1);
		return -1;
	'?' =>
		if(one(nd.e, s, i)){
			r := matchhere(nodes, k+1, s, i+1);
			if(r >= 0)
				return r;
		}
		return matchhere(nodes, k+1, s, i);
	* =>
		# greedy: take as many as possible then back off
		j := i;
		while(one(nd.e, s, j))
			j++;
		min := i;
		if(nd.rep == '+')
			min = i+1;
		for(; j >= min; j--){
			r := matchhere(nodes, k+1, s, j);
			if(r >= 0)
				return r;
		}
		return -1;
	}
}

search(nodes: array of ref Node, s: string): (int, int)
{
	for(i := 0; i <= len s; i++){
		e := matchhere(nodes, 0, s, i);
		if(e >= 0)
			return (i, e);
		if(len nodes > 0){
			pick x := nodes[0].e {
			Bol =>
				return (-1, -1);
			}
		}
	}
	return (-1, -1);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {
		("colou?r", "my favourite color"),
		("^a.*z$", "abcxyz"),
		("^a.*z$", "abcxyz!"),
		("\\d+-\\d+", "call 555-1234 now"),
		("[A-Z][a-z]+", "hello World again"),
		("[^aeiou ]+", "aeiou rhythm"),
		("x*", "aaa"),
		("a+b+c", "aaabbbbc"),
		("\\w+@\\w+\\.com", "mail bob_1@example.com today"),
		("[0-9a-f]+$", "id=deadbeef"),
		("a.c", "abd acc"),
		("\\.txt$", "notes.txt"),
		("\\.txt$", "notes_txt"),
		("[]]", "a]b"),
		("ab**", "x"),
		("[z-a]", "x"),
		("abc[", "x"),
		("a^b", "a^b"),
		("\\s\\s+", "one  two"),
		("a*a*a*a*b", "aaaaaaaaaaaaaaaa"),
	};
	for(t := 0; t < len tests; t++){
		(pat, s) := tests[t];
		(nodes, err) := compile(pat);
		if(err != nil){
			sys->print("%-18s  compile error: %s\n", pat, err);
			continue;
		}
		steps = 0;
		(b, e) := search(nodes, s);
		if(b < 0)
			sys->print("%-18s  %-30q  no match (%d steps)\n", pat, s, steps);
		else
			sys->print("%-18s  %-30q  [%d,%d) %q (%d steps)\n", pat, s, b, e, s[b:e], steps);
	}
}
