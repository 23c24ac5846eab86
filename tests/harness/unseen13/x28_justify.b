#args: 26
implement Justify;

include "sys.m";
	sys: Sys;
include "draw.m";

Justify: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

LEFT, RIGHT, CENTRE, FULL: con iota;

Para: adt {
	words:	array of string;
	fromtext:	fn(s: string): ref Para;
};

Line: adt {
	words:	array of string;
	last:	int;
	width:	fn(l: self ref Line): int;
	render:	fn(l: self ref Line, w, mode: int): string;
};

Layout: adt {
	width:	int;
	greedy:	fn(lo: self ref Layout, p: ref Para): list of ref Line;
	optimal:	fn(lo: self ref Layout, p: ref Para): list of ref Line;
	badness:	fn(lo: self ref Layout, lines: list of ref Line): int;
};

Para.fromtext(s: string): ref Para
{
	(n, l) := sys->tokenize(s, " \t\n");
	p := ref Para(array[n] of string);
	for(i := 0; l != nil; l = tl l)
		p.words[i++] = hd l;
	return p;
}

Line.width(l: self ref Line): int
{
	w := len l.words - 1;
	for(i := 0; i < len l.words; i++)
		w += len l.words[i];
	return w;
}

spaces(n: int): string
{
	s := "";
	while(n-- > 0)
		s += " ";
	return s;
}

Line.render(l: self ref Line, w, mode: int): string
{
	slack := w - l.width();
	if(mode == FULL && (l.last || len l.words == 1))
		mode = LEFT;
	case mode {
	RIGHT =>	return spaces(slack) + join(l.words, 1, 0);
	CENTRE =>	return spaces(slack/2) + join(l.words, 1, 0);
	FULL =>
		gaps := len l.words - 1;
		s := l.words[0];
		for(i := 1; i < len l.words; i++){
			extra := slack / gaps;
			if(i <= slack % gaps)
				extra++;
			s += spaces(1 + extra) + l.words[i];
		}
		return s;
	}
	return join(l.words, 1, 0);
}

join(a: array of string, gap, nil: int): string
{
	s := "";
	for(i := 0; i < len a; i++){
		if(i > 0)
			s += spaces(gap);
		s += a[i];
	}
	return s;
}

Layout.greedy(lo: self ref Layout, p: ref Para): list of ref Line
{
	lines: list of ref Line;
	start := 0;
	cur := 0;
	for(i := 0; i < len p.words; i++){
		need := len p.words[i];
		if(i > start)
			need++;
		if(cur + need > lo.width && i > start){
			lines = ref Line(p.words[start:i], 0) :: lines;
			start = i;
			need = len p.words[i];
			cur = 0;
		}
		cur += need;
	}
	lines = ref Line(p.words[start:], 1) :: lines;
	r: list of ref Line;
	for(; lines != nil; lines = tl lines)
		r = hd lines :: r;
	return r;
}

# minimise the sum of squared trailing space (dynamic programming)
Layout.optimal(lo: self ref Layout, p: ref Para): list of ref Line
{
	n := len p.words;
	cost := array[n+1] of {* => 1<<30};
	brk := array[n+1] of int;
	cost[n] = 0;
	for(i := n-1; i >= 0; i--){
		w := -1;
		for(j := i; j < n; j++){
			w += len p.words[j] + 1;
			if(w > lo.width && j > i) break;
			c := 0;
			if(j < n-1)
				c = (lo.width - w) * (lo.width - w);
			if(c + cost[j+1] < cost[i]){
				cost[i] = c + cost[j+1];
				brk[i] = j+1;
			}
		}
	}
	lines: list of ref Line;
	for(i = 0; i < n; i = brk[i])
		lines = ref Line(p.words[i:brk[i]], brk[i] == n) :: lines;
	r: list of ref Line;
	for(; lines != nil; lines = tl lines)
		r = hd lines :: r;
	return r;
}

Layout.badness(lo: self ref Layout, lines: list of ref Line): int
{
	b := 0;
	for(; lines != nil; lines = tl lines)
		if(!(hd lines).last)
			b += (lo.width - (hd lines).width()) ** 2;
	return b;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	width := 30;
	if(tl argv != nil)
		width = int hd tl argv;
	p := Para.fromtext("Inferno is a distributed operating system. Applications are written " +
		"in the type-safe language Limbo and run on the Dis virtual machine, which can " +
		"be hosted on other systems or run natively on bare hardware.");
	lo := ref Layout(width);
	modes := array[] of {"left", "right", "centre", "full"};
	g := lo.greedy(p);
	for(m := 0; m < len modes; m++){
		sys->print("-- greedy, %s --\n", modes[m]);
		for(l := g; l != nil; l = tl l)
			sys->print("|%s|\n", pad((hd l).render(width, m), width));
	}
	o := lo.optimal(p);
	sys->print("-- optimal, full --\n");
	for(l := o; l != nil; l = tl l)
		sys->print("|%s|\n", pad((hd l).render(width, FULL), width));
	sys->print("badness greedy %d, optimal %d; lines %d vs %d\n",
		lo.badness(g), lo.badness(o), len g, len o);
	q := Para.fromtext("aaa bb cc ddddd");
	lo6 := ref Layout(6);
	sys->print("small case: greedy %d, optimal %d\n", lo6.badness(lo6.greedy(q)), lo6.badness(lo6.optimal(q)));
}

pad(s: string, w: int): string
{
	return s + spaces(w - len s);
}
