#args: /tmp/q_diff.old /tmp/q_diff.new
implement Diff;

include "sys.m";
	sys: Sys;
include "draw.m";

Diff: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

Edit: adt {
	op:	int;	# 'a', 'd', 'c'
	a0, a1:	int;	# 1-based line range in old
	b0, b1:	int;	# 1-based line range in new
};

readlines(name: string): array of string
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil){
		sys->fprint(stderr, "diff: can't open %s: %r\n", name);
		raise "fail:open";
	}
	(ok, d) := sys->fstat(fd);
	if(ok < 0)
		raise "fail:stat";
	buf := array[int d.length] of byte;
	n := sys->readn(fd, buf, len buf);
	(nl, l) := sys->tokenize(string buf[0:n], "\n");
	a := array[nl] of string;
	for(i := 0; l != nil; l = tl l)
		a[i++] = hd l;
	return a;
}

writelines(name: string, lines: array of string)
{
	fd := sys->create(name, Sys->OWRITE, 8r644);
	for(i := 0; i < len lines; i++)
		sys->fprint(fd, "%s\n", lines[i]);
}

range(a, b: int): string
{
	if(a == b)
		return string a;
	return sys->sprint("%d,%d", a, b);
}

# classic LCS table, then walk it to produce ed-style hunks
diff(a, b: array of string): list of Edit
{
	n := len a;
	m := len b;
	lcs := array[n+1] of { * => array[m+1] of { * => 0 } };
	j := 0;
	for(i := n-1; i >= 0; i--)
		for(j = m-1; j >= 0; j--)
			if(a[i] == b[j])
				lcs[i][j] = lcs[i+1][j+1] + 1;
			else if(lcs[i+1][j] >= lcs[i][j+1])
				lcs[i][j] = lcs[i+1][j];
			else
				lcs[i][j] = lcs[i][j+1];
	edits: list of Edit;
	i = 0;
	j = 0;
	while(i < n || j < m){
		if(i < n && j < m && a[i] == b[j]){
			i++; j++;
			continue;
		}
		i0 := i;
		j0 := j;
		while(i < n || j < m){
			if(i < n && j < m && a[i] == b[j])
				break;
			if(j >= m || (i < n && lcs[i+1][j] >= lcs[i][j+1]))
				i++;
			else
				j++;
		}
		op := 'c';
		if(i == i0)
			op = 'a';
		else if(j == j0)
			op = 'd';
		edits = Edit(op, i0+1, i, j0+1, j) :: edits;
	}
	r: list of Edit;
	for(; edits != nil; edits = tl edits)
		r = hd edits :: r;
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	writelines("/tmp/q_diff.old", array[] of {
		"implement Hello;", "include \"sys.m\";", "include \"draw.m\";",
		"Hello: module {", "  init: fn();", "};", "init()", "{", "  print(\"hi\");", "}"});
	writelines("/tmp/q_diff.new", array[] of {
		"# greeting", "implement Hello;", "include \"sys.m\";",
		"Hello: module {", "  init: fn(argv: list of string);", "};", "init(argv: list of string)",
		"{", "  print(\"hi\");", "  print(\"bye\");", "}", "# end"});

	if(len argv != 3){
		sys->fprint(stderr, "usage: diff file1 file2\n");
		raise "fail:usage";
	}
	a := readlines(hd tl argv);
	b := readlines(hd tl tl argv);
	edits := diff(a, b);
	nadd := ndel := 0;
	for(l := edits; l != nil; l = tl l){
		e := hd l;
		case e.op {
		'a' =>	sys->print("%da%s\n", e.a0-1, range(e.b0, e.b1));
		'd' =>	sys->print("%sd%d\n", range(e.a0, e.a1), e.b0-1);
		'c' =>	sys->print("%sc%s\n", range(e.a0, e.a1), range(e.b0, e.b1));
		}
		for(k := e.a0; k <= e.a1; k++){
			sys->print("< %s\n", a[k-1]);
			ndel++;
		}
		if(e.op == 'c')
			sys->print("---\n");
		for(k = e.b0; k <= e.b1; k++){
			sys->print("> %s\n", b[k-1]);
			nadd++;
		}
	}
	sys->fprint(stderr, "diff: %d hunks, -%d +%d\n", len edits, ndel, nadd);
	if(diff(a, a) == nil)
		sys->print("self-diff is empty\n");
	if(edits != nil)
		raise "fail:some";
}
