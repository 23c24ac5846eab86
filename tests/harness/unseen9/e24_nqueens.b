#args: 8
implement NQueens;

include "sys.m";
	sys: Sys;
include "draw.m";

NQueens: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

# bitmask counter
count(n, row, cols, d1, d2: int): int
{
	if(row == n)
		return 1;
	total := 0;
	avail := ~(cols | d1 | d2) & ((1 << n) - 1);
	while(avail != 0){
		bit := avail & -avail;
		avail ^= bit;
		total += count(n, row+1, cols | bit, ((d1 | bit) << 1), ((d2 | bit) >> 1));
	}
	return total;
}

# array-based backtracking that records solutions
pos: array of int;
sols: list of array of int;
nsol := 0;

safe(r, c: int): int
{
	for(i := 0; i < r; i++){
		if(pos[i] == c)
			return 0;
		d := pos[i] - c;
		if(d == r - i || d == i - r)
			return 0;
	}
	return 1;
}

place(r, n: int)
{
	if(r == n){
		nsol++;
		if(nsol <= 3){
			s := array[n] of int;
			s[0:] = pos;
			sols = s :: sols;
		}
		return;
	}
	for(c := 0; c < n; c++)
		if(safe(r, c)){
			pos[r] = c;
			place(r+1, n);
		}
}

draw(s: array of int)
{
	for(r := 0; r < len s; r++){
		line := "  ";
		for(c := 0; c < len s; c++)
			if(s[r] == c)
				line += "Q ";
			else
				line += ". ";
		sys->print("%s\n", line);
	}
}

# canonical form under the 8 symmetries of the square, to count unique solutions
canon(s: array of int): string
{
	n := len s;
	best := "";
	g := array[n] of int;
	g[0:] = s;
	for(t := 0; t < 8; t++){
		if(t == 4){
			# mirror
			m := array[n] of int;
			for(i := 0; i < n; i++)
				m[i] = n - 1 - g[i];
			g = m;
		}
		# rotate 90 degrees: queen at (r, c) goes to (c, n-1-r)
		rr := array[n] of int;
		for(r := 0; r < n; r++)
			rr[g[r]] = n - 1 - r;
		g = rr;
		k := "";
		for(i := 0; i < n; i++)
			k[len k] = 'a' + g[i];
		if(best == "" || k < best)
			best = k;
	}
	return best;
}

uniq: list of string;

collect(r, n: int)
{
	if(r == n){
		k := canon(pos[0:n]);
		for(l := uniq; l != nil; l = tl l)
			if(hd l == k)
				return;
		uniq = k :: uniq;
		return;
	}
	for(c := 0; c < n; c++)
		if(safe(r, c)){
			pos[r] = c;
			collect(r+1, n);
		}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;

	N := 8;
	if(tl args != nil)
		N = int hd tl args;
	if(N < 1 || N > 12){
		sys->print("n out of range\n");
		return;
	}
	for(n := 1; n <= N + 1; n++)
		sys->print("n=%-2d solutions %d\n", n, count(n, 0, 0, 0, 0));

	pos = array[N] of int;
	place(0, N);
	sys->print("backtracking found %d solutions for n=%d; first three:\n", nsol, N);
	r: list of array of int;
	for(; sols != nil; sols = tl sols)
		r = hd sols :: r;
	for(; r != nil; r = tl r){
		s := hd r;
		str := "";
		for(i := 0; i < len s; i++)
			str += string (s[i] + 1);
		sys->print(" %s\n", str);
		if(tl r == nil)
			draw(s);
	}
	for(n = 4; n <= N; n++){
		uniq = nil;
		pos = array[n] of int;
		collect(0, n);
		sys->print("n=%d unique up to symmetry: %d\n", n, len uniq);
	}
}
