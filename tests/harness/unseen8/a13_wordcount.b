#args: the and of
implement WordCount;

include "sys.m";
	sys: Sys;
include "draw.m";

WordCount: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

Word: adt {
	w:	string;
	n:	int;
};

text := "It was the best of times, it was the worst of times, it was the age of\n" +
	"wisdom, it was the age of foolishness, it was the epoch of belief, it was\n" +
	"the epoch of incredulity, it was the season of Light, it was the season of\n" +
	"Darkness, it was the spring of hope, it was the winter of despair.\n";

isletter(c: int): int
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;

	lines := 0;
	chars := len text;
	words := 0;
	inword := 0;
	for(i := 0; i < len text; i++){
		c := text[i];
		if(c == '\n')
			lines++;
		if(isletter(c)){
			if(!inword)
				words++;
			inword = 1;
		}else
			inword = 0;
	}
	sys->print("lines=%d words=%d chars=%d\n", lines, words, chars);

	# frequency table
	tab := array[64] of ref Word;
	ntab := 0;
	w := "";
	for(i = 0; i <= len text; i++){
		c := ' ';
		if(i < len text)
			c = text[i];
		if(isletter(c)){
			if(c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			w[len w] = c;
			continue;
		}
		if(w == "")
			continue;
		found := 0;
		for(j := 0; j < ntab; j++)
			if(tab[j].w == w){
				tab[j].n++;
				found = 1;
				break;
			}
		if(!found){
			if(ntab == len tab){
				nt := array[2 * len tab] of ref Word;
				nt[0:] = tab;
				tab = nt;
			}
			tab[ntab++] = ref Word(w, 1);
		}
		w = "";
	}
	sys->print("distinct=%d\n", ntab);

	# sort by count desc, then word asc
	for(i = 1; i < ntab; i++){
		x := tab[i];
		j := i - 1;
		while(j >= 0 && (tab[j].n < x.n || (tab[j].n == x.n && tab[j].w > x.w))){
			tab[j+1] = tab[j];
			j--;
		}
		tab[j+1] = x;
	}
	for(i = 0; i < ntab && i < 8; i++)
		sys->print("%3d %-12s %s\n", tab[i].n, tab[i].w, stars(tab[i].n));

	# look up the words given as arguments
	for(a := tl args; a != nil; a = tl a){
		n := 0;
		for(j := 0; j < ntab; j++)
			if(tab[j].w == hd a)
				n = tab[j].n;
		sys->print("count(%s) = %d\n", hd a, n);
	}
}

stars(n: int): string
{
	s := "";
	while(n-- > 0)
		s += "*";
	return s;
}
