#args: -f lim Inf zz dis a
implement Look;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Look: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

WORDS: con "/tmp/q_look.words";
fflag := 0;
probes := 0;

Entry: adt {
	word:	string;
	off:	big;
	defn:	string;
};

fold(s: string): string
{
	if(!fflag)
		return s;
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

mkwords(): int
{
	w := array[] of {
		"abort", "access", "alt", "array", "big", "bind", "byte", "case", "chan",
		"con", "cyclic", "dis", "disassemble", "dismount", "emu", "exception",
		"fixed", "fn", "hd", "implement", "import", "include", "inferno", "len",
		"limbo", "limbotk", "list", "load", "module", "mount", "nil", "of", "pick",
		"raise", "real", "ref", "return", "self", "spawn", "string", "styx", "tl",
		"type", "vita", "zero"
	};
	b := bufio->create(WORDS, Bufio->OWRITE, 8r644);
	for(i := 0; i < len w; i++)
		b.puts(w[i] + "\n");
	b.close();
	return len w;
}

# line starting at or after byte offset off
lineat(b: ref Iobuf, off: big): (string, big)
{
	b.seek(off, Bufio->SEEKSTART);
	if(off > big 0)
		b.gets('\n');	# skip the partial line
	start := b.offset();
	s := b.gets('\n');
	if(s != nil && s[len s-1] == '\n')
		s = s[:len s-1];
	return (s, start);
}

# binary search on byte offsets for the first line >= key
search(b: ref Iobuf, size: big, key: string): big
{
	lo := big 0;
	hi := size;
	while(hi - lo > big 1){
		mid := (lo + hi) / big 2;
		(s, nil) := lineat(b, mid);
		probes++;
		if(s == nil || fold(s) >= key)
			hi = mid;
		else
			lo = mid;
	}
	(s, start) := lineat(b, lo);
	if(s != nil && fold(s) < key)
		(nil, start) = lineat(b, start + big 1);
	return start;
}

prefix(p, s: string): int
{
	return len s >= len p && s[0:len p] == p;
}

look(b: ref Iobuf, size: big, key: string): list of ref Entry
{
	key = fold(key);
	off := search(b, size, key);
	b.seek(off, Bufio->SEEKSTART);
	found: list of ref Entry;
	for(;;){
		pos := b.offset();
		s := b.gets('\n');
		if(s == nil)
			break;
		s = s[:len s-1];
		if(!prefix(key, fold(s)))
			break;
		found = ref Entry(s, pos, nil) :: found;
	}
	return found;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	n := mkwords();
	(nil, d) := sys->stat(WORDS);
	sys->print("%d words, %bd bytes\n", n, d.length);

	b := bufio->open(WORDS, Bufio->OREAD);
	argv = tl argv;
	if(argv != nil && hd argv == "-f"){
		fflag = 1;
		argv = tl argv;
	}
	last: list of ref Entry;
	for(; argv != nil; argv = tl argv){
		probes = 0;
		l := look(b, d.length, hd argv);
		s := "";
		for(r := l; r != nil; r = tl r)
			s = sys->sprint(" %s@%bd", (hd r).word, (hd r).off) + s;
		if(l == nil)
			sys->fprint(sys->fildes(2), "look: no match for %s\n", hd argv);
		else
			sys->print("%-4s (%d probes):%s\n", hd argv, probes, s);
		last = l;
	}
	# a few definitions; look up the last word matched by the last query
	defs := array[] of {
		ref Entry("limbo", big 0, "the language"),
		ref Entry("dis", big 0, "the virtual machine"),
		ref Entry("styx", big 0, "the file protocol"),
	};
	word := "styx";
	if(last != nil)
		word = (hd last).word;
	e: ref Entry;
	for(i := 0; i < len defs; i++)
		if(defs[i].word == word)
			e = defs[i];
	sys->print("definition of %s: ", word);
	sys->print("%s\n", e.defn);
}
