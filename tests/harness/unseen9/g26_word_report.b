implement WordReport;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

WordReport: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

IN: con "/tmp/g26_word_report.in";
OUT: con "/tmp/g26_word_report.out";

text := array[] of {
	"It was the best of times, it was the worst of times;",
	"it was the age of wisdom, it was the age of foolishness.",
	"",
	"  It was the EPOCH of belief!",
};

Count: adt {
	word:	string;
	n:	int;
};

counts: array of ref Count;
ncounts := 0;

add(w: string)
{
	for(i := 0; i < ncounts; i++)
		if(counts[i].word == w){
			counts[i].n++;
			return;
		}
	if(ncounts == len counts){
		na := array[2*len counts + 1] of ref Count;
		na[0:] = counts[0:ncounts];
		counts = na;
	}
	counts[ncounts++] = ref Count(w, 1);
}

# order: higher count first, then alphabetical
before(a, b: ref Count): int
{
	if(a.n != b.n)
		return a.n > b.n;
	return a.word < b.word;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;

	w := bufio->create(IN, Bufio->OWRITE, 8r644);
	for(i := 0; i < len text; i++){
		w.puts(text[i]);
		w.putc('\n');
	}
	w.close();

	r := bufio->open(IN, Bufio->OREAD);
	lines := 0;
	words := 0;
	while((line := r.gets('\n')) != nil){
		lines++;
		rest := line;
		nw := 0;
		for(;;){
			rest = str->drop(rest, "^a-zA-Z");
			if(rest == nil)
				break;
			word := str->take(rest, "a-zA-Z");
			rest = rest[len word:];
			add(str->tolower(word));
			nw++;
		}
		words += nw;
		sys->print("line %d: %d words\n", lines, nw);
	}
	r.close();

	# insertion sort
	for(i = 1; i < ncounts; i++)
		for(j := i; j > 0 && before(counts[j], counts[j-1]); j--)
			(counts[j], counts[j-1]) = (counts[j-1], counts[j]);

	o := bufio->create(OUT, Bufio->OWRITE, 8r644);
	o.puts(sys->sprint("# %d lines, %d words, %d distinct\n", lines, words, ncounts));
	for(i = 0; i < ncounts; i++)
		if(counts[i].n > 1)
			o.puts(sys->sprint("%-8s %d\n", counts[i].word, counts[i].n));
	o.close();

	r = bufio->open(OUT, Bufio->OREAD);
	sys->print("report:\n");
	while((line = r.gets('\n')) != nil)
		sys->print("  %s", line);
	r.close();
	sys->remove(IN);
	sys->remove(OUT);
}
