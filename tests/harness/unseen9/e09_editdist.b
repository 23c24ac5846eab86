#args: kitten sitting intention execution inferno infernal
implement EditDist;

include "sys.m";
	sys: Sys;
include "draw.m";

EditDist: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

min3(a, b, c: int): int
{
	if(b < a)
		a = b;
	if(c < a)
		a = c;
	return a;
}

# full table, with an alignment traced back from the corner
align(s, t: string): int
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

	top, mid, bot: string;
	i = m;
	j = n;
	while(i > 0 || j > 0){
		if(i > 0 && j > 0 && s[i-1] == t[j-1] && d[i][j] == d[i-1][j-1]){
			top = s[i-1:i] + top; mid = "|" + mid; bot = t[j-1:j] + bot;
			i--; j--;
		}else if(i > 0 && j > 0 && d[i][j] == d[i-1][j-1] + 1){
			top = s[i-1:i] + top; mid = "s" + mid; bot = t[j-1:j] + bot;
			i--; j--;
		}else if(i > 0 && d[i][j] == d[i-1][j] + 1){
			top = s[i-1:i] + top; mid = "d" + mid; bot = "-" + bot;
			i--;
		}else{
			top = "-" + top; mid = "i" + mid; bot = t[j-1:j] + bot;
			j--;
		}
	}
	sys->print("  %s\n  %s\n  %s\n", top, mid, bot);
	return d[m][n];
}

# two-row version, O(n) space
lev(s, t: string): int
{
	prev := array[len t + 1] of int;
	cur := array[len t + 1] of int;
	for(j := 0; j <= len t; j++)
		prev[j] = j;
	for(i := 1; i <= len s; i++){
		cur[0] = i;
		for(j = 1; j <= len t; j++){
			c := 1;
			if(s[i-1] == t[j-1])
				c = 0;
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+c);
		}
		(prev, cur) = (cur, prev);
	}
	return prev[len t];
}

# memoised recursive version
memo: array of array of int;

rec(s, t: string, i, j: int): int
{
	if(i == len s)
		return len t - j;
	if(j == len t)
		return len s - i;
	if(memo[i][j] >= 0)
		return memo[i][j];
	r: int;
	if(s[i] == t[j])
		r = rec(s, t, i+1, j+1);
	else
		r = 1 + min3(rec(s, t, i+1, j), rec(s, t, i, j+1), rec(s, t, i+1, j+1));
	memo[i][j] = r;
	return r;
}

recdist(s, t: string): int
{
	memo = array[len s] of array of int;
	for(i := 0; i < len s; i++)
		memo[i] = array[len t] of {* => -1};
	return rec(s, t, 0, 0);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;

	args = tl args;
	while(args != nil && tl args != nil){
		a := hd args;
		b := hd tl args;
		args = tl tl args;
		sys->print("%s -> %s\n", a, b);
		d := align(a, b);
		sys->print("  distance %d (two-row %d, memo %d)\n", d, lev(a, b), recdist(a, b));
	}

	dict := array[] of {"sort", "short", "sport", "store", "snort", "start", "sorts", "fort", "salt"};
	probe := "srot";
	best := -1;
	for(i := 0; i < len dict; i++){
		d := lev(probe, dict[i]);
		sys->print("%s:%d ", dict[i], d);
		if(best < 0 || d < lev(probe, dict[best]))
			best = i;
	}
	sys->print("\nnearest to %s is %s\n", probe, dict[best]);
	sys->print("empty cases: %d %d %d\n", lev("", "abc"), lev("abc", ""), lev("", ""));
}
