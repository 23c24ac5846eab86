#args: teh recieve langauge inferno definately acommodate xyzzy limbo seperate
implement SpellSuggest;

include "sys.m";
	sys: Sys;
include "draw.m";

SpellSuggest: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

dictionary := "the receive language inferno definitely accommodate limbo separate " +
	"channel module process thread string array list tuple receiver languid " +
	"infernal definite accommodation separately tea ten then lingo limb";

min3(a, b, c: int): int
{
	if(b < a)
		a = b;
	if(c < a)
		a = c;
	return a;
}

# Damerau-Levenshtein (optimal string alignment) distance
distance(s, t: string): int
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
			if(i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] && d[i-2][j-2] + 1 < d[i][j])
				d[i][j] = d[i-2][j-2] + 1;
		}
	return d[m][n];
}

Cand: adt {
	word:	string;
	dist:	int;
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	(nw, wl) := sys->tokenize(dictionary, " ");
	dict := array[nw] of string;
	for(i := 0; wl != nil; wl = tl wl)
		dict[i++] = hd wl;
	sys->print("dictionary: %d words\n", nw);

	known := 0;
	unknown := 0;
	for(argv = tl argv; argv != nil; argv = tl argv){
		w := hd argv;
		cands := array[nw] of Cand;
		for(i = 0; i < nw; i++)
			cands[i] = Cand(dict[i], distance(w, dict[i]));
		# selection sort by distance then alphabetically
		for(i = 0; i < nw; i++){
			best := i;
			for(j := i+1; j < nw; j++)
				if(cands[j].dist < cands[best].dist ||
				   cands[j].dist == cands[best].dist && cands[j].word < cands[best].word)
					best = j;
			(cands[i], cands[best]) = (cands[best], cands[i]);
		}
		if(cands[0].dist == 0){
			sys->print("%-12s ok\n", w);
			known++;
			continue;
		}
		unknown++;
		limit := len w / 3 + 1;
		s := "";
		for(i = 0; i < 3 && cands[i].dist <= limit; i++)
			s += sys->sprint(" %s(%d)", cands[i].word, cands[i].dist);
		if(s == "")
			sys->fprint(sys->fildes(2), "%-12s no suggestions (closest %s at %d)\n",
				w, cands[0].word, cands[0].dist);
		else
			sys->print("%-12s did you mean:%s\n", w, s);
	}
	sys->print("%d known, %d misspelt\n", known, unknown);
	sys->print("distance matrix sample: kitten/sitting=%d flaw/lawn=%d ab/ba=%d \"\"/abc=%d\n",
		distance("kitten", "sitting"), distance("flaw", "lawn"), distance("ab", "ba"), distance("", "abc"));
}
