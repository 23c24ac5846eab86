implement LineDiff;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

LineDiff: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

OLD := array[] of {
	"implement Hello;",
	"include \"sys.m\";",
	"include \"draw.m\";",
	"Hello: module {",
	"	init: fn(nil: ref Draw->Context, nil: list of string);",
	"};",
	"init(nil: ref Draw->Context, nil: list of string)",
	"{",
	"	sys := load Sys Sys->PATH;",
	"	sys->print(\"hello\\n\");",
	"}",
};

NEW := array[] of {
	"implement Hello;",
	"include \"sys.m\";",
	"	sys: Sys;",
	"include \"draw.m\";",
	"Hello: module {",
	"	init: fn(nil: ref Draw->Context, nil: list of string);",
	"};",
	"init(nil: ref Draw->Context, argv: list of string)",
	"{",
	"	sys = load Sys Sys->PATH;",
	"	sys->print(\"hello, %s\\n\", hd tl argv);",
	"}",
};

Edit: adt {
	op:	int;	# ' ', '-', '+'
	line:	string;
	a, b:	int;	# line numbers in old and new
};

save(path: string, lines: array of string)
{
	b := bufio->create(path, Bufio->OWRITE, 8r644);
	for(i := 0; i < len lines; i++){
		b.puts(lines[i]);
		b.putc('\n');
	}
	b.close();
}

slurp(path: string): array of string
{
	b := bufio->open(path, Bufio->OREAD);
	if(b == nil)
		return nil;
	l: list of string;
	n := 0;
	while((s := b.gets('\n')) != nil){
		l = s[0:len s-1] :: l;
		n++;
	}
	a := array[n] of string;
	for(; l != nil; l = tl l)
		a[--n] = hd l;
	return a;
}

diff(a, b: array of string): list of ref Edit
{
	# lcs[i][j] = length of LCS of a[i:] and b[j:]
	lcs := array[len a + 1] of {* => array[len b + 1] of {* => 0}};
	i, j: int;
	for(i = len a - 1; i >= 0; i--)
		for(j = len b - 1; j >= 0; j--)
			if(a[i] == b[j])
				lcs[i][j] = lcs[i+1][j+1] + 1;
			else if(lcs[i+1][j] >= lcs[i][j+1])
				lcs[i][j] = lcs[i+1][j];
			else
				lcs[i][j] = lcs[i][j+1];
	edits: list of ref Edit;
	(i, j) = (0, 0);
	while(i < len a || j < len b){
		if(i < len a && j < len b && a[i] == b[j]){
			edits = ref Edit(' ', a[i], i+1, j+1) :: edits;
			i++; j++;
		}else if(j < len b && (i == len a || lcs[i][j+1] > lcs[i+1][j])){
			edits = ref Edit('+', b[j], i, j+1) :: edits;
			j++;
		}else{
			edits = ref Edit('-', a[i], i+1, j) :: edits;
			i++;
		}
	}
	r: list of ref Edit;
	for(; edits != nil; edits = tl edits)
		r = hd edits :: r;
	return r;
}

span(first, n: int): string
{
	if(n == 1)
		return string first;
	return sys->sprint("%d,%d", first, first+n-1);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;

	save("/tmp/r_diff_old.b", OLD);
	save("/tmp/r_diff_new.b", NEW);
	a := slurp("/tmp/r_diff_old.b");
	b := slurp("/tmp/r_diff_new.b");
	if(slurp("/tmp/r_diff_nonexistent") != nil)
		sys->fprint(sys->fildes(2), "linediff: unexpected file\n");
	sys->print("--- old (%d lines)\n+++ new (%d lines)\n", len a, len b);

	edits := diff(a, b);
	(nadd, ndel, nsame) := (0, 0, 0);
	for(l := edits; l != nil; l = tl l){
		e := hd l;
		case e.op {
		'+' =>	nadd++;
		'-' =>	ndel++;
		* =>	nsame++;
		}
		if(e.op != ' ')
			sys->print("%c%s\n", e.op, e.line);
		else
			sys->print(" %s\n", e.line);
	}
	sys->print("%d added, %d deleted, %d unchanged\n", nadd, ndel, nsame);

	# ed-style summary of changed regions
	for(l = edits; l != nil; ){
		e := hd l;
		if(e.op == ' '){
			l = tl l;
			continue;
		}
		(a0, b0, dels, adds) := (e.a, e.b, 0, 0);
		for(; l != nil && (hd l).op != ' '; l = tl l)
			if((hd l).op == '-')
				dels++;
			else
				adds++;
		if(dels == 0)
			sys->print("%da%s\n", a0, span(b0, adds));
		else if(adds == 0)
			sys->print("%sd%d\n", span(a0, dels), b0);
		else
			sys->print("%sc%s\n", span(a0, dels), span(b0, adds));
	}
	sys->remove("/tmp/r_diff_old.b");
	sys->remove("/tmp/r_diff_new.b");
}
