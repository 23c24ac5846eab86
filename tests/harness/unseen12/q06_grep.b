#args: -n -i VOID /tmp/q_grep.c /tmp/q_grep_none.c
implement Grep;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Grep: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# pattern syntax: literal chars, '.', [set] with ranges and ^negation,
# postfix '*', '+', '?', anchors '^' and '$', '\' escapes.
Atom: adt {
	kind:	int;	# Lit, Any, Set
	c:	int;
	set:	string;
	neg:	int;
	rep:	int;	# 0, '*', '+', '?'
};
Lit, Any, Set: con iota;

iflag, vflag, nflag: int;
stderr: ref Sys->FD;

compile(p: string): (int, array of Atom, int)
{
	anchored := 0;
	if(len p > 0 && p[0] == '^'){
		anchored = 1;
		p = p[1:];
	}
	atoms := array[len p + 1] of Atom;
	n := 0;
	endanch := 0;
	for(i := 0; i < len p; i++){
		a := Atom(Lit, p[i], nil, 0, 0);
		case p[i] {
		'.' =>	a.kind = Any;
		'$' =>
			if(i == len p - 1){
				endanch = 1;
				continue;
			}
		'\\' =>
			if(++i < len p)
				a.c = p[i];
		'[' =>
			a.kind = Set;
			i++;
			if(i < len p && p[i] == '^'){
				a.neg = 1;
				i++;
			}
			for(; i < len p && p[i] != ']'; i++){
				if(i+2 < len p && p[i+1] == '-' && p[i+2] != ']'){
					for(c := p[i]; c <= p[i+2]; c++)
						a.set[len a.set] = c;
					i += 2;
				}else
					a.set[len a.set] = p[i];
			}
			if(i >= len p){
				sys->fprint(stderr, "grep: missing ] in pattern\n");
				raise "fail:pattern";
			}
		}
		if(i+1 < len p && (p[i+1] == '*' || p[i+1] == '+' || p[i+1] == '?'))
			a.rep = p[++i];
		atoms[n++] = a;
	}
	return (anchored, atoms[0:n], endanch);
}

fold(c: int): int
{
	if(iflag && c >= 'A' && c <= 'Z')
		return c + 'a' - 'A';
	return c;
}

one(a: Atom, c: int): int
{
	case a.kind {
	Any =>	return 1;
	Lit =>	return fold(a.c) == fold(c);
	Set =>
		for(i := 0; i < len a.set; i++)
			if(fold(a.set[i]) == fold(c))
				return !a.neg;
		return a.neg;
	}
	return 0;
}

# backtracking match of atoms[k:] at s[i:]
matchhere(atoms: array of Atom, k: int, s: string, i: int, endanch: int): int
{
	if(k == len atoms)
		return !endanch || i == len s;
	a := atoms[k];
	case a.rep {
	'*' or '+' or '?' =>
		min := 0;
		if(a.rep == '+')
			min = 1;
		j := i;
		while(j < len s && one(a, s[j]) && (a.rep != '?' || j == i))
			j++;
		for(; j >= i + min; j--)
			if(matchhere(atoms, k+1, s, j, endanch))
				return 1;
		return 0;
	}
	if(i < len s && one(a, s[i]))
		return matchhere(atoms, k+1, s, i+1, endanch);
	return 0;
}

match(anch: int, atoms: array of Atom, endanch: int, s: string): int
{
	for(i := 0; i <= len s; i++){
		if(matchhere(atoms, 0, s, i, endanch))
			return 1;
		if(anch)
			break;
	}
	return 0;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	stderr = sys->fildes(2);

	src := "#include <stdio.h>\nint\nmain(void)\n{\n\tprintf(\"hi\\n\");\n}\n" +
		"static void\nhelper_2(int x)\n{\n}\nvoid\nDone(void)\nfoo_(a, b)\nx = y(1);\n";
	fd := sys->create("/tmp/q_grep.c", Sys->OWRITE, 8r644);
	sys->write(fd, array of byte src, len array of byte src);
	argv = tl argv;
	for(; argv != nil && len hd argv > 1 && (hd argv)[0] == '-'; argv = tl argv)
		for(j := 1; j < len hd argv; j++)
			case (hd argv)[j] {
			'i' =>	iflag = 1;
			'v' =>	vflag = 1;
			'n' =>	nflag = 1;
			* =>
				sys->fprint(stderr, "grep: bad option %c\n", (hd argv)[j]);
				raise "fail:usage";
			}
	if(argv == nil){
		sys->fprint(stderr, "usage: grep [-ivn] pattern file...\n");
		raise "fail:usage";
	}
	(anch, atoms, endanch) := compile(hd argv);
	sys->print("pattern %q: %d atoms, anchored %d/%d\n", hd argv, len atoms, anch, endanch);
	files := tl argv;
	multi := len files > 1;
	status := "no match";
	for(; files != nil; files = tl files){
		in := bufio->open(hd files, Bufio->OREAD);
		if(in == nil){
			sys->fprint(stderr, "grep: %s: cannot open\n", hd files);
			continue;
		}
		for(lno := 1; (s := in.gets('\n')) != nil; lno++){
			if(s[len s-1] == '\n')
				s = s[:len s-1];
			if(match(anch, atoms, endanch, s) == vflag)
				continue;
			status = nil;
			pre := "";
			if(multi)
				pre = hd files + ":";
			if(nflag)
				pre += string lno + ":";
			sys->print("%s%s\n", pre, s);
		}
	}
	# self-check of the matcher against the same source
	iflag = 0;
	pats := array[] of {"^[a-z]+_?[0-9]*\\(.*\\)$", "^[^a-z#{}]", "x+ = y", "^}$", "\\\\n", "o[a-z]?d"};
	for(k := 0; k < len pats; k++){
		(a, at, e) := compile(pats[k]);
		(nil, lines) := sys->tokenize(src, "\n");
		hits := "";
		for(l := 1; lines != nil; (lines, l) = (tl lines, l+1))
			if(match(a, at, e, hd lines))
				hits += " " + string l;
		sys->print("%-24s lines%s\n", pats[k], hits);
	}
	if(status != nil)
		raise "fail:" + status;
}
