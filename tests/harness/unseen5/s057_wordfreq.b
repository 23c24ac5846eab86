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

TEXT: con "The Dis virtual machine runs Limbo programs.\n" +
	"Limbo programs use channels; channels carry values between threads.\n" +
	"Threads in Limbo are cheap, and the Dis machine schedules the threads.\n" +
	"\n" +
	"A program is a module, and a module is loaded by the machine.\n";

Count: adt {
	word:	string;
	n:	int;
};

sortcounts(a: array of ref Count)
{
	# insertion sort: by count descending, then word ascending
	for(i := 1; i < len a; i++){
		c := a[i];
		j := i - 1;
		while(j >= 0 && (a[j].n < c.n || (a[j].n == c.n && a[j].word > c.word))){
			a[j+1] = a[j];
			j--;
		}
		a[j+1] = c;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	if(bufio == nil || str == nil){
		sys->print("cannot load modules: %r\n");
		return;
	}
	in := bufio->sopen(TEXT);
	counts: list of ref Count;
	lines := 0;
	blank := 0;
	total := 0;
	while((line := in.gets('\n')) != nil){
		lines++;
		(nw, words) := sys->tokenize(line, " \t\n.,;");
		if(nw == 0)
			blank++;
		for(; words != nil; words = tl words){
			w := str->tolower(hd words);
			total++;
			found := 0;
			for(l := counts; l != nil; l = tl l)
				if((hd l).word == w){
					(hd l).n++;
					found = 1;
					break;
				}
			if(!found)
				counts = ref Count(w, 1) :: counts;
		}
	}
	a := array[len counts] of ref Count;
	i := 0;
	for(l := counts; l != nil; l = tl l)
		a[i++] = hd l;
	sortcounts(a);
	sys->print("%d lines (%d blank), %d words, %d distinct\n", lines, blank, total, len a);
	for(i = 0; i < len a && a[i].n > 1; i++)
		sys->print("%3d %s\n", a[i].n, a[i].word);
	singles := "";
	for(; i < len a; i++){
		if(singles != nil)
			singles += " ";
		singles += a[i].word;
	}
	sys->print("once: %s\n", singles);
	# words starting with a capital in the original
	caps := 0;
	in = bufio->sopen(TEXT);
	while((c := in.getc()) != Bufio->EOF){
		if(c >= 'A' && c <= 'Z'){
			w := str->take(sys->sprint("%c%s", c, in.gett(" \n.;,")), "a-zA-Z");
			caps++;
			sys->print("capitalised: %s\n", w);
		}else if(c >= 'a' && c <= 'z')
			in.gett(" \n");
	}
	sys->print("%d capitalised words\n", caps);
}
