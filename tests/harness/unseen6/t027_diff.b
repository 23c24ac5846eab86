implement Diff;

include "sys.m";
	sys: Sys;
include "draw.m";

Diff: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Edit: adt {
	pick {
	Keep =>
		line: string;
	Add =>
		line: string;
	Del =>
		line: string;
	}
};

lines(s: string): array of string
{
	(n, l) := sys->tokenize(s, "\n");
	a := array[n] of string;
	for(i := 0; i < n; i++){
		a[i] = hd l;
		l = tl l;
	}
	return a;
}

lcs(a, b: array of string): array of array of int
{
	t := array[len a + 1] of array of int;
	for(i := 0; i <= len a; i++)
		t[i] = array[len b + 1] of {* => 0};
	for(i = len a - 1; i >= 0; i--)
		for(j := len b - 1; j >= 0; j--)
			if(a[i] == b[j])
				t[i][j] = t[i+1][j+1] + 1;
			else if(t[i+1][j] >= t[i][j+1])
				t[i][j] = t[i+1][j];
			else
				t[i][j] = t[i][j+1];
	return t;
}

diff(a, b: array of string): list of ref Edit
{
	t := lcs(a, b);
	r: list of ref Edit;
	i := 0;
	j := 0;
	while(i < len a || j < len b){
		if(i < len a && j < len b && a[i] == b[j]){
			r = ref Edit.Keep(a[i]) :: r;
			i++;
			j++;
		}else if(j < len b && (i == len a || t[i][j+1] > t[i+1][j])){
			r = ref Edit.Add(b[j]) :: r;
			j++;
		}else{
			r = ref Edit.Del(a[i]) :: r;
			i++;
		}
	}
	rr: list of ref Edit;
	for(; r != nil; r = tl r)
		rr = hd r :: rr;
	return rr;
}

# ed-style hunks: 3a4,5 / 2d1 / 5c5
hunks(edits: list of ref Edit): list of string
{
	out: list of string;
	ai := 0;
	bi := 0;
	while(edits != nil){
		pick e := hd edits {
		Keep =>
			ai++;
			bi++;
			edits = tl edits;
			continue;
		}
		nd := 0;
		na := 0;
		body: list of string;
		while(edits != nil){
			stop := 0;
			pick e := hd edits {
			Keep =>
				stop = 1;
			Del =>
				nd++;
				body = "< " + e.line :: body;
			Add =>
				na++;
				body = "> " + e.line :: body;
			}
			if(stop)
				break;
			edits = tl edits;
		}
		h: string;
		if(na == 0)
			h = sys->sprint("%s d %d", range(ai+1, ai+nd), bi);
		else if(nd == 0)
			h = sys->sprint("%d a %s", ai, range(bi+1, bi+na));
		else
			h = sys->sprint("%s c %s", range(ai+1, ai+nd), range(bi+1, bi+na));
		out = h :: out;
		for(body = rev(body); body != nil; body = tl body)
			out = hd body :: out;
		ai += nd;
		bi += na;
	}
	return rev(out);
}

range(a, b: int): string
{
	if(a == b)
		return string a;
	return sys->sprint("%d,%d", a, b);
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

old := "#include <u.h>\nint main(void)\n{\n\tprint(\"hi\");\n\treturn 0;\n}\n/* end */\n";
new := "#include <u.h>\n#include <libc.h>\nvoid main(void)\n{\n\tprint(\"hi\");\n\texits(nil);\n}\n";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := lines(old);
	b := lines(new);
	e := diff(a, b);
	keep := 0;
	for(l := e; l != nil; l = tl l)
		pick x := hd l {
		Keep => keep++;
		}
	sys->print("old %d lines, new %d lines, common %d\n", len a, len b, keep);
	for(h := hunks(e); h != nil; h = tl h)
		sys->print("%s\n", hd h);
	# character level diff of two words
	w1 := "kitten";
	w2 := "sitting";
	ca := array[len w1] of string;
	cb := array[len w2] of string;
	for(i := 0; i < len w1; i++)
		ca[i] = w1[i:i+1];
	for(i = 0; i < len w2; i++)
		cb[i] = w2[i:i+1];
	s := "";
	for(l = diff(ca, cb); l != nil; l = tl l)
		pick x := hd l {
		Keep => s += x.line;
		Add => s += "+" + x.line;
		Del => s += "-" + x.line;
		}
	sys->print("%s -> %s: %s\n", w1, w2, s);
}
