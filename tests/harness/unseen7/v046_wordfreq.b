implement Wordfreq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

Wordfreq: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Count: adt {
	w:	string;
	n:	int;
};

FILE: con "/tmp/v046_words";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	if(bufio == nil || str == nil){
		sys->fprint(sys->fildes(2), "wordfreq: can't load modules: %r\n");
		raise "fail:load";
	}
	o := bufio->create(FILE, Bufio->OWRITE, 8r644);
	o.puts("It was the best of times, it was the worst of times;\n");
	o.puts("it was the age of wisdom, it was the age of foolishness.\n");
	o.puts("The Times They Are A-Changin'\n");
	o.close();
	f := bufio->open(FILE, Bufio->OREAD);
	counts: list of ref Count;
	nw := 0;
	while((line := f.gets('\n')) != nil){
		for(;;){
			line = str->drop(line, "^a-zA-Z");
			if(line == "")
				break;
			w: string;
			(w, line) = str->splitl(line, "^a-zA-Z'-");
			w = str->tolower(w);
			nw++;
			found := 0;
			for(l := counts; l != nil; l = tl l)
				if((hd l).w == w){
					(hd l).n++;
					found = 1;
					break;
				}
			if(!found)
				counts = ref Count(w, 1) :: counts;
		}
	}
	f.close();
	sys->remove(FILE);
	a := array[len counts] of ref Count;
	for(i := 0; counts != nil; counts = tl counts)
		a[i++] = hd counts;
	# sort by count desc, then word
	for(i = 1; i < len a; i++){
		t := a[i];
		j := i;
		for(; j > 0 && (a[j-1].n < t.n || a[j-1].n == t.n && a[j-1].w > t.w); j--)
			a[j] = a[j-1];
		a[j] = t;
	}
	sys->print("%d words, %d distinct\n", nw, len a);
	for(i = 0; i < len a && i < 8; i++)
		sys->print("%3d %s\n", a[i].n, a[i].w);
	s := "";
	for(i = 0; i < len a; i++)
		if(a[i].n == 1)
			s += " " + a[i].w;
	sys->print("hapax:%s\n", s);
}
