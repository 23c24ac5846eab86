implement Linediff;

include "sys.m";
	sys: Sys;
include "draw.m";

Linediff: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Edit: adt {
	op:	int;	# ' ', '-', '+'
	aline, bline:	int;
	text:	string;
};

slurp(f: string): array of string
{
	fd := sys->open(f, Sys->OREAD);
	if(fd == nil)
		raise "cannot open " + f;
	s := "";
	buf := array[100] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0)
		s += string buf[0:n];
	(cnt, l) := sys->tokenize(s, "\n");
	a := array[cnt] of string;
	for(i := 0; i < cnt; i++){
		a[i] = hd l;
		l = tl l;
	}
	return a;
}

spit(f: string, lines: list of string)
{
	fd := sys->create(f, Sys->OWRITE, 8r644);
	for(; lines != nil; lines = tl lines)
		sys->fprint(fd, "%s\n", hd lines);
}

diff(a, b: array of string): list of Edit
{
	n := len a;
	m := len b;
	lcs := array[n+1] of array of int;
	for(i := 0; i <= n; i++)
		lcs[i] = array[m+1] of {* => 0};
	for(i = n-1; i >= 0; i--)
		for(j := m-1; j >= 0; j--)
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
			edits = Edit(' ', i+1, j+1, a[i]) :: edits;
			i++;
			j++;
		}else if(j >= m || (i < n && lcs[i+1][j] >= lcs[i][j+1])){
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
	spit("/tmp/r009.old", "alpha" :: "beta" :: "gamma" :: "delta" :: "epsilon" :: "zeta" :: nil);
	spit("/tmp/r009.new", "alpha" :: "gamma" :: "DELTA" :: "epsilon" :: "eta" :: "zeta" :: "theta" :: nil);
	a := slurp("/tmp/r009.old");
	b := slurp("/tmp/r009.new");
	ed := diff(a, b);
	adds := 0;
	dels := 0;
	for(l := ed; l != nil; l = tl l){
		e := hd l;
		case e.op {
		'-' =>
			dels++;
			sys->print("%dd%d < %s\n", e.aline, e.bline, e.text);
		'+' =>
			adds++;
			sys->print("%da%d > %s\n", e.aline, e.bline, e.text);
		* =>
			sys->print("    = %s\n", e.text);
		}
	}
	sys->print("%d added, %d deleted\n", adds, dels);
	{
		slurp("/tmp/r009.nothere");
	}exception x{
	"cannot open*" =>
		sys->print("error: %s\n", x);
	}
	same := diff(a, a);
	sys->print("self diff: %d edits, all same=%d\n", len same, adds-adds == 0);
}
