implement Diff;

include "sys.m";
	sys: Sys;
include "draw.m";

Diff: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

old := array[] of {
	"include \"sys.m\";",
	"include \"draw.m\";",
	"",
	"init()",
	"{",
	"	x := 1;",
	"	print(x);",
	"}",
};

new := array[] of {
	"include \"sys.m\";",
	"include \"draw.m\";",
	"include \"math.m\";",
	"",
	"init()",
	"{",
	"	x := 2;",
	"	y := x*x;",
	"	print(y);",
	"}",
};

editdist(a, b: string): int
{
	d := array[len a+1] of array of int;
	for(i := 0; i <= len a; i++){
		d[i] = array[len b+1] of int;
		d[i][0] = i;
	}
	for(j := 0; j <= len b; j++)
		d[0][j] = j;
	for(i = 1; i <= len a; i++)
		for(j = 1; j <= len b; j++){
			c := 1;
			if(a[i-1] == b[j-1])
				c = 0;
			m := d[i-1][j-1] + c;
			if(d[i-1][j]+1 < m) m = d[i-1][j]+1;
			if(d[i][j-1]+1 < m) m = d[i][j-1]+1;
			d[i][j] = m;
		}
	return d[len a][len b];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	n := len old;
	m := len new;
	L := array[n+1] of array of int;
	for(i := 0; i <= n; i++)
		L[i] = array[m+1] of {* => 0};
	j: int;
	for(i = n-1; i >= 0; i--)
		for(j = m-1; j >= 0; j--)
			if(old[i] == new[j])
				L[i][j] = L[i+1][j+1] + 1;
			else if(L[i+1][j] >= L[i][j+1])
				L[i][j] = L[i+1][j];
			else
				L[i][j] = L[i][j+1];
	sys->print("common lines: %d\n", L[0][0]);
	i = 0;
	j = 0;
	adds := dels := 0;
	while(i < n || j < m){
		if(i < n && j < m && old[i] == new[j]){
			sys->print("  %s\n", old[i]);
			i++; j++;
		}else if(j < m && (i == n || L[i][j+1] >= L[i+1][j])){
			sys->print("+ %s\n", new[j++]);
			adds++;
		}else{
			sys->print("- %s\n", old[i++]);
			dels++;
		}
	}
	sys->print("%d additions, %d deletions\n", adds, dels);
	pairs := array[] of {("kitten", "sitting"), ("flaw", "lawn"), ("limbo", "limbo"), ("", "dis"), ("inferno", "plan9")};
	for(k := 0; k < len pairs; k++){
		(a, b) := pairs[k];
		sys->print("edit(%q, %q) = %d\n", a, b, editdist(a, b));
	}
}
