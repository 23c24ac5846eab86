#args: kitten sitting intention execution algorithm altruistic
implement EditDist;

include "sys.m";
	sys: Sys;
include "draw.m";

EditDist: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

min3(a, b, c: int): int
{
	if(b < a)
		a = b;
	if(c < a)
		a = c;
	return a;
}

# Levenshtein distance with the edit script recovered from the table
levenshtein(s, t: string): (int, string)
{
	m := len s;
	n := len t;
	d := array[m+1] of array of int;
	for(i := 0; i <= m; i++){
		d[i] = array[n+1] of int;
		d[i][0] = i;
	}
	for(j := 0; j <= n; j++)
		d[0][j] = j;
	for(i = 1; i <= m; i++)
		for(j = 1; j <= n; j++){
			cost := 1;
			if(s[i-1] == t[j-1])
				cost = 0;
			d[i][j] = min3(d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + cost);
		}
	# walk back
	ops := "";
	i = m;
	j = n;
	while(i > 0 || j > 0){
		if(i > 0 && j > 0 && s[i-1] == t[j-1] && d[i][j] == d[i-1][j-1]){
			ops = "=" + ops;
			i--; j--;
		}else if(i > 0 && j > 0 && d[i][j] == d[i-1][j-1] + 1){
			ops = "S" + ops;
			i--; j--;
		}else if(i > 0 && d[i][j] == d[i-1][j] + 1){
			ops = "D" + ops;
			i--;
		}else{
			ops = "I" + ops;
			j--;
		}
	}
	return (d[m][n], ops);
}

# longest common subsequence using two rolling rows for the length
lcslen(s, t: string): int
{
	prev := array[len t + 1] of {* => 0};
	cur := array[len t + 1] of {* => 0};
	for(i := 1; i <= len s; i++){
		for(j := 1; j <= len t; j++){
			if(s[i-1] == t[j-1])
				cur[j] = prev[j-1] + 1;
			else if(prev[j] >= cur[j-1])
				cur[j] = prev[j];
			else
				cur[j] = cur[j-1];
		}
		(prev, cur) = (cur, prev);
	}
	return prev[len t];
}

# longest common substring
lcsubstr(s, t: string): string
{
	best := 0;
	end := 0;
	d := array[len t + 1] of {* => 0};
	for(i := 1; i <= len s; i++)
		for(j := len t; j >= 1; j--){
			if(s[i-1] == t[j-1]){
				d[j] = d[j-1] + 1;
				if(d[j] > best){
					best = d[j];
					end = i;
				}
			}else
				d[j] = 0;
		}
	return s[end-best:end];
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	argv = tl argv;
	if(len argv % 2){
		sys->fprint(sys->fildes(2), "editdist: need pairs of words\n");
		argv = tl argv;
	}
	while(argv != nil){
		s := hd argv;
		t := hd tl argv;
		argv = tl tl argv;
		(dist, ops) := levenshtein(s, t);
		l := lcslen(s, t);
		sys->print("%s -> %s\n", s, t);
		sys->print("  distance %d, script %s\n", dist, ops);
		sys->print("  lcs length %d, longest common substring \"%s\"\n", l, lcsubstr(s, t));
		# similarity as a percentage with real arithmetic
		mx := len s;
		if(len t > mx)
			mx = len t;
		sys->print("  similarity %.1f%%\n", 100.0 * (1.0 - real dist / real mx));
	}
	# unicode strings index by character, not byte
	(d, o) := levenshtein("naïve café", "naive cafe");
	sys->print("unicode: distance %d script %s\n", d, o);
}
