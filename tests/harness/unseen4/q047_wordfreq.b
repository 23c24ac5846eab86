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
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Entry: adt {
	word:	string;
	n:	int;
};

text := array[] of {
	"The cat sat on the mat.",
	"The dog sat on the log!",
	"A cat, a dog, and THE bird.",
	"Is the cat on the mat? Yes: the cat.",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	name := "/tmp/q047.txt";
	out := bufio->create(name, Bufio->OWRITE, 8r644);
	for(i := 0; i < len text; i++)
		out.puts(text[i] + "\n");
	out.close();

	in := bufio->open(name, Bufio->OREAD);
	entries: list of ref Entry;
	nwords := 0;
	while((line := in.gets('\n')) != nil){
		(nil, ws) := sys->tokenize(str->tolower(line), " \n.,!?:;");
		for(; ws != nil; ws = tl ws){
			w := hd ws;
			nwords++;
			e: ref Entry;
			for(l := entries; l != nil; l = tl l)
				if((hd l).word == w)
					e = hd l;
			if(e == nil)
				entries = ref Entry(w, 1) :: entries;
			else
				e.n++;
		}
	}
	in.close();
	a := array[len entries] of ref Entry;
	i = 0;
	for(; entries != nil; entries = tl entries)
		a[i++] = hd entries;
	# sort by count descending then word ascending
	for(i = 1; i < len a; i++)
		for(j := i; j > 0; j--){
			x := a[j-1];
			y := a[j];
			if(x.n > y.n || (x.n == y.n && x.word <= y.word))
				break;
			a[j-1] = y;
			a[j] = x;
		}
	sys->print("%d words, %d distinct\n", nwords, len a);
	for(i = 0; i < len a; i++)
		sys->print("%3d %s\n", a[i].n, a[i].word);
	sys->remove(name);
}
