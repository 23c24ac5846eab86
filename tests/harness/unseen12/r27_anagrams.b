implement Anagrams;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

Anagrams: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

WORDS := "listen silent enlist Tinsel inlets\n" +
	"evil vile live veil Levi\n" +
	"stone tones notes onset Seton\n" +
	"apple paper level radar Racecar\n" +
	"dusty study night thing  below elbow bowel\n" +
	"rat tar art star tsar rats arts\n";

Group: adt {
	key:	string;
	words:	list of string;
};

Dict: adt {
	slots:	array of list of ref Group;
	ngroups:	int;

	new:	fn(n: int): ref Dict;
	enter:	fn(d: self ref Dict, w: string);
	groups:	fn(d: self ref Dict): array of ref Group;
};

signature(w: string): string
{
	s := str->tolower(w);
	# counting sort of the letters
	counts := array[26] of {* => 0};
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			counts[s[i]-'a']++;
	k := "";
	for(c := 0; c < 26; c++)
		for(j := 0; j < counts[c]; j++)
			k[len k] = 'a' + c;
	return k;
}

Dict.new(n: int): ref Dict
{
	return ref Dict(array[n] of list of ref Group, 0);
}

Dict.enter(d: self ref Dict, w: string)
{
	k := signature(w);
	h := 0;
	for(i := 0; i < len k; i++)
		h = h*31 + k[i];
	if(h < 0)
		h = -h;
	h %= len d.slots;
	for(l := d.slots[h]; l != nil; l = tl l)
		if((hd l).key == k){
			for(ws := (hd l).words; ws != nil; ws = tl ws)
				if(str->tolower(hd ws) == str->tolower(w))
					return;		# duplicate
			(hd l).words = str->append(w, (hd l).words);
			return;
		}
	d.slots[h] = ref Group(k, w :: nil) :: d.slots[h];
	d.ngroups++;
}

Dict.groups(d: self ref Dict): array of ref Group
{
	a := array[d.ngroups] of ref Group;
	n := 0;
	for(i := 0; i < len d.slots; i++)
		for(l := d.slots[i]; l != nil; l = tl l)
			a[n++] = hd l;
	# biggest groups first, then by key
	for(i = 1; i < n; i++){
		g := a[i];
		for(j := i; j > 0 && (len a[j-1].words < len g.words ||
			len a[j-1].words == len g.words && a[j-1].key > g.key); j--)
			a[j] = a[j-1];
		a[j] = g;
	}
	return a;
}

palindrome(w: string): int
{
	s := str->tolower(w);
	for(i := 0; i < len s/2; i++)
		if(s[i] != s[len s-1-i])
			return 0;
	return len s > 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;

	d := Dict.new(11);
	b := bufio->sopen(WORDS);
	nw := 0;
	pals: list of string;
	while((w := b.gett(" \n")) != nil){
		w = str->take(w, "A-Za-z");
		if(w == nil)
			continue;
		nw++;
		d.enter(w);
		if(palindrome(w))
			pals = w :: pals;
	}
	g := d.groups();
	sys->print("%d words, %d groups\n", nw, len g);
	for(i := 0; i < len g; i++){
		if(len g[i].words < 2)
			continue;
		sys->print("%-8s %d: %s\n", g[i].key, len g[i].words, str->quoted(g[i].words));
	}
	loners := "";
	for(i = 0; i < len g; i++)
		if(len g[i].words == 1)
			loners += " " + hd g[i].words;
	sys->print("no anagram:%s\n", loners);
	sys->print("palindromes: %s\n", str->quoted(pals));
}
