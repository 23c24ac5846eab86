implement Minigrep;

include "sys.m";
	sys: Sys;
include "draw.m";

Minigrep: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# patterns: ^ anchors start, $ anchors end, . any char, c* zero or more, \c literal

matchhere(p: string, pi: int, s: string, si: int): int
{
	for(;;){
		if(pi >= len p)
			return 1;
		c := p[pi];
		lit := 0;
		step := 1;
		if(c == '\\' && pi+1 < len p){
			c = p[pi+1];
			lit = 1;
			step = 2;
		}
		if(pi+step < len p && p[pi+step] == '*')
			return matchstar(c, lit, p, pi+step+1, s, si);
		if(!lit && c == '$' && pi+1 == len p)
			return si == len s;
		if(si < len s && ((!lit && c == '.') || c == s[si])){
			pi += step;
			si++;
			continue;
		}
		return 0;
	}
}

matchstar(c: int, lit: int, p: string, pi: int, s: string, si: int): int
{
	do{
		if(matchhere(p, pi, s, si))
			return 1;
	}while(si < len s && ((!lit && c == '.') || s[si++] == c));
	return 0;
}

match(p, s: string): int
{
	if(len p > 0 && p[0] == '^')
		return matchhere(p, 1, s, 0);
	si := 0;
	do{
		if(matchhere(p, 0, s, si))
			return 1;
	}while(si++ < len s);
	return 0;
}

Opts: adt {
	invert:	int;
	count:	int;
	number:	int;
};

grep(pat: string, lines: array of string, o: Opts)
{
	n := 0;
	for(i := 0; i < len lines; i++){
		m := match(pat, lines[i]);
		if(o.invert)
			m = !m;
		if(!m)
			continue;
		n++;
		if(o.count)
			continue;
		if(o.number)
			sys->print("%d:%s\n", i+1, lines[i]);
		else
			sys->print("%s\n", lines[i]);
	}
	if(o.count)
		sys->print("%d\n", n);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	src := "implement Foo;\ninclude \"sys.m\";\n\tsys: Sys;\nfoo := 42;\nbar = foo * 2;\n# comment line\nreturn aaab;\nx.y.z\nend\n";
	fd := sys->create("/tmp/r003.src", Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", src);
	fd = nil;
	fd = sys->open("/tmp/r003.src", Sys->OREAD);
	buf := array[4096] of byte;
	n := sys->read(fd, buf, len buf);
	(nl, l) := sys->tokenize(string buf[0:n], "\n");
	lines := array[nl] of string;
	for(i := 0; l != nil; l = tl l)
		lines[i++] = hd l;
	tests := array[] of {
		("foo", Opts(0, 0, 1)),
		("^#", Opts(0, 0, 1)),
		(";$", Opts(0, 1, 0)),
		(";$", Opts(1, 0, 1)),
		("a*b;", Opts(0, 0, 0)),
		("x\\.y", Opts(0, 0, 0)),
		("^....$", Opts(0, 0, 1)),
		("s.s", Opts(0, 0, 1)),
		("^\t", Opts(0, 1, 0)),
		("q.*z", Opts(0, 1, 0)),
	};
	for(t := 0; t < len tests; t++){
		(p, o) := tests[t];
		sys->print("== /%s/ v=%d c=%d\n", p, o.invert, o.count);
		grep(p, lines, o);
	}
}
