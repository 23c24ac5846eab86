implement Glob;

include "sys.m";
	sys: Sys;
include "draw.m";

Glob: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# match pattern p against s; * ? [a-z] [^x] and \ escapes
match(p, s: string): int
{
	return m(p, 0, s, 0);
}

m(p: string, pi: int, s: string, si: int): int
{
	while(pi < len p){
		c := p[pi];
		case c {
		'*' =>
			while(pi < len p && p[pi] == '*')
				pi++;
			if(pi == len p)
				return 1;
			for(k := si; k <= len s; k++)
				if(m(p, pi, s, k))
					return 1;
			return 0;
		'?' =>
			if(si >= len s)
				return 0;
			pi++;
			si++;
		'[' =>
			if(si >= len s)
				return 0;
			(ok, np) := class(p, pi+1, s[si]);
			if(!ok)
				return 0;
			pi = np;
			si++;
		* =>
			if(c == '\\' && pi+1 < len p)
				c = p[++pi];
			if(si >= len s || s[si] != c)
				return 0;
			pi++;
			si++;
		}
	}
	return si == len s;
}

class(p: string, i: int, c: int): (int, int)
{
	neg := 0;
	if(i < len p && p[i] == '^'){
		neg = 1;
		i++;
	}
	found := 0;
	first := 1;
	while(i < len p && (p[i] != ']' || first)){
		first = 0;
		lo := p[i];
		hi := lo;
		if(i+2 < len p && p[i+1] == '-' && p[i+2] != ']'){
			hi = p[i+2];
			i += 2;
		}
		if(c >= lo && c <= hi)
			found = 1;
		i++;
	}
	if(i >= len p)
		raise "fail:unclosed [ in pattern";
	return (found != neg, i+1);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names := array[] of {"sh.dis", "ls.dis", "limbo.b", "lib9.a", "Makefile", "mkfile", "a.out", "*star", "x"};
	pats := array[] of {"*.dis", "l*", "?s.*", "[a-m]*", "[^a-z]*", "*[0-9]*", "\\**", "*", "?", "mk*e", "[]x]"};
	for(i := 0; i < len pats; i++){
		sys->print("%-8s:", pats[i]);
		n := 0;
		for(j := 0; j < len names; j++)
			if(match(pats[i], names[j])){
				sys->print(" %s", names[j]);
				n++;
			}
		if(n == 0)
			sys->print(" (none)");
		sys->print("\n");
	}
	{
		match("[abc", "a");
	} exception e {
	"fail:*" =>
		sys->print("glob: %s\n", e[5:]);
	}
}
