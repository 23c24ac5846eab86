implement WordFreq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

WordFreq: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

TMP: con "/tmp/t031words.txt";

text := array[] of {
	"It was the best of times, it was the worst of times,",
	"it was the age of wisdom, it was the age of foolishness,",
	"it was the epoch of belief, it was the epoch of incredulity,",
	"it was the season of Light, it was the season of Darkness.",
	"",
	"Über-long lines: naïve café façade — déjà vu!",
};

Entry: adt {
	word:	string;
	n:	int;
	first:	int;
};

HSIZE: con 31;
table := array[HSIZE] of list of ref Entry;
nwords := 0;

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 33 + s[i]) % HSIZE;
	return h;
}

count(w: string, line: int)
{
	h := hash(w);
	for(l := table[h]; l != nil; l = tl l)
		if((hd l).word == w){
			(hd l).n++;
			return;
		}
	table[h] = ref Entry(w, 1, line) :: table[h];
	nwords++;
}

LETTERS: con "a-zA-Z\u00c0-\u024f";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	if(bufio == nil || str == nil)
		raise "fail:load";
	out := bufio->create(TMP, Sys->OWRITE, 8r644);
	for(i := 0; i < len text; i++)
		out.puts(text[i] + "\n");
	out.close();

	in := bufio->open(TMP, Sys->OREAD);
	lineno := 0;
	chars := 0;
	total := 0;
	while((line := in.gets('\n')) != nil){
		lineno++;
		chars += len line;
		rest := line;
		for(;;){
			rest = str->drop(rest, "^" + LETTERS);
			if(rest == "")
				break;
			w: string;
			(w, rest) = str->splitl(rest, "^" + LETTERS);
			count(str->tolower(w), lineno);
			total++;
		}
	}
	in.close();
	sys->print("%d lines, %d chars, %d words, %d distinct\n", lineno, chars, total, nwords);
	all := array[nwords] of ref Entry;
	k := 0;
	for(h := 0; h < HSIZE; h++)
		for(l := table[h]; l != nil; l = tl l)
			all[k++] = hd l;
	# sort by count desc, then word
	for(i = 1; i < len all; i++){
		e := all[i];
		j := i;
		for(; j > 0; j--){
			p := all[j-1];
			if(p.n > e.n || (p.n == e.n && p.word <= e.word))
				break;
			all[j] = p;
		}
		all[j] = e;
	}
	for(i = 0; i < 8; i++)
		sys->print("%-10s %3d  (first line %d)\n", all[i].word, all[i].n, all[i].first);
	sys->print("upper: %s\n", str->toupper("naïve café"));
	(n, rem) := str->toint("  42abc", 10);
	sys->print("toint: %d rem %q\n", n, rem);
	(hx, nil) := str->toint("ff", 16);
	sys->print("hex ff = %d, prefix(\"it\",\"it was\")=%d\n", hx, str->prefix("it", "it was"));
	(a, b) := str->splitstrl("key := value", ":=");
	sys->print("splitstrl: %q | %q\n", a, b);
	sys->print("quoted: %s\n", str->quoted("plain" :: "has space" :: "it's" :: nil));
	sys->remove(TMP);
}
