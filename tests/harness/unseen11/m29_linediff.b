implement LineDiff;

include "sys.m";
	sys: Sys;
include "draw.m";

LineDiff: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

old := "implement Hello;\n" +
	"include \"sys.m\";\n" +
	"include \"draw.m\";\n" +
	"Hello: module {\n" +
	"	init: fn(nil: ref Draw->Context, nil: list of string);\n" +
	"};\n" +
	"init(nil: ref Draw->Context, nil: list of string)\n" +
	"{\n" +
	"	sys := load Sys Sys->PATH;\n" +
	"	sys->print(\"hello\\n\");\n" +
	"}\n";

new := "implement Hello;\n" +
	"include \"sys.m\";\n" +
	"	sys: Sys;\n" +
	"include \"draw.m\";\n" +
	"Hello: module {\n" +
	"	init: fn(nil: ref Draw->Context, argv: list of string);\n" +
	"};\n" +
	"init(nil: ref Draw->Context, argv: list of string)\n" +
	"{\n" +
	"	sys = load Sys Sys->PATH;\n" +
	"	sys->print(\"hello, %s\\n\", hd tl argv);\n" +
	"}\n";

splitlines(s: string): array of string
{
	n := 0;
	for(i := 0; i < len s; i++)
		if(s[i] == '\n')
			n++;
	a := array[n] of string;
	k := 0;
	start := 0;
	for(i = 0; i < len s; i++)
		if(s[i] == '\n'){
			a[k++] = s[start:i];
			start = i + 1;
		}
	return a;
}

Edit: adt {
	op:	int;	# ' ', '-', '+'
	aline:	int;
	bline:	int;
	text:	string;
};

diff(a, b: array of string): list of Edit
{
	m := len a;
	n := len b;
	# lcs[i][j] = length of LCS of a[i:] and b[j:]
	lcs := array[m+1] of array of int;
	j: int;
	for(i := 0; i <= m; i++)
		lcs[i] = array[n+1] of {* => 0};
	for(i = m-1; i >= 0; i--)
		for(j = n-1; j >= 0; j--)
			if(a[i] == b[j])
				lcs[i][j] = lcs[i+1][j+1] + 1;
			else if(lcs[i+1][j] >= lcs[i][j+1])
				lcs[i][j] = lcs[i+1][j];
			else
				lcs[i][j] = lcs[i][j+1];
	edits: list of Edit;
	i = 0;
	j = 0;
	while(i < m || j < n){
		if(i < m && j < n && a[i] == b[j]){
			edits = Edit(' ', i+1, j+1, a[i]) :: edits;
			i++;
			j++;
		}else if(i < m && (j == n || lcs[i+1][j] >= lcs[i][j+1])){
			edits = Edit('-', i+1, j, a[i]) :: edits;
			i++;
		}else{
			edits = Edit('+', i, j+1, b[j]) :: edits;
			j++;
		}
	}
	r: list of Edit;
	for(; edits != nil; edits = tl edits)
		r = hd edits :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := splitlines(old);
	b := splitlines(new);
	edits := diff(a, b);
	adds := 0;
	dels := 0;
	sys->print("--- old (%d lines)\n+++ new (%d lines)\n", len a, len b);
	for(e := edits; e != nil; e = tl e){
		ed := hd e;
		case ed.op {
		'+' =>
			adds++;
			sys->print("%4s %4d %c %s\n", "", ed.bline, ed.op, ed.text);
		'-' =>
			dels++;
			sys->print("%4d %4s %c %s\n", ed.aline, "", ed.op, ed.text);
		* =>
			sys->print("%4d %4d %c %s\n", ed.aline, ed.bline, ed.op, ed.text);
		}
	}
	sys->print("%d insertions(+), %d deletions(-), similarity %.1f%%\n",
		adds, dels, 200.0 * real (len a - dels) / real (len a + len b));
}
