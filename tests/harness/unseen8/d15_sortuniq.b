#args: -c -f
implement SortUniq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

SortUniq: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

PATH: con "/tmp/d15_words.txt";

cflag, dflag, uflag, fflag: int;

text := "apple Banana cherry apple date banana Apple cherry fig " +
	"grape apple fig elder date Date kiwi lime lime lime banana";

msort(l: list of string, cmp: ref fn(a, b: string): int): list of string
{
	n := len l;
	if(n < 2)
		return l;
	a, b: list of string;
	for(i := 0; l != nil; l = tl l)
		if(i++ < n/2)
			a = hd l :: a;
		else
			b = hd l :: b;
	a = msort(a, cmp);
	b = msort(b, cmp);
	r: list of string;
	while(a != nil && b != nil)
		if(cmp(hd a, hd b) <= 0){
			r = hd a :: r;
			a = tl a;
		} else {
			r = hd b :: r;
			b = tl b;
		}
	for(; a != nil; a = tl a)
		r = hd a :: r;
	for(; b != nil; b = tl b)
		r = hd b :: r;
	rl: list of string;
	for(; r != nil; r = tl r)
		rl = hd r :: rl;
	return rl;
}

exact(a, b: string): int
{
	if(a < b)
		return -1;
	if(a > b)
		return 1;
	return 0;
}

fold(a, b: string): int
{
	c := exact(str->tolower(a), str->tolower(b));
	if(c == 0)
		c = exact(a, b);
	return c;
}

same(a, b: string): int
{
	if(fflag)
		return str->tolower(a) == str->tolower(b);
	return a == b;
}

output(w: string, n: int)
{
	if(dflag && n < 2 || uflag && n > 1)
		return;
	if(cflag)
		sys->print("%4d %s\n", n, w);
	else
		sys->print("%s\n", w);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	arg := load Arg Arg->PATH;
	arg->init(args);
	while((c := arg->opt()) != 0)
		case c {
		'c' => cflag = 1;
		'd' => dflag = 1;
		'u' => uflag = 1;
		'f' => fflag = 1;
		* => arg->usage();
		}

	# one word per line
	w := bufio->create(PATH, Bufio->OWRITE, 8r644);
	for(rest := text; rest != nil; ){
		word: string;
		(word, rest) = str->splitl(rest, " ");
		w.puts(word);
		w.putc('\n');
		rest = str->drop(rest, " ");
	}
	w.flush();
	w.close();

	r := bufio->open(PATH, Bufio->OREAD);
	lines: list of string;
	while((s := r.gets('\n')) != nil)
		lines = s[0:len s-1] :: lines;
	r.close();
	sys->print("%d lines read, flags c=%d d=%d u=%d f=%d\n", len lines, cflag, dflag, uflag, fflag);

	cmp := exact;
	if(fflag)
		cmp = fold;
	sorted := msort(lines, cmp);
	prev := "";
	n := 0;
	for(l := sorted; l != nil; l = tl l){
		if(n > 0 && same(prev, hd l)){
			n++;
			continue;
		}
		if(n > 0)
			output(prev, n);
		prev = hd l;
		n = 1;
	}
	if(n > 0)
		output(prev, n);

	sys->print("-- duplicates only, exact --\n");
	(cflag, dflag, fflag) = (0, 1, 0);
	prev = nil;
	n = 0;
	for(l = msort(lines, exact); l != nil; l = tl l){
		if(n > 0 && same(prev, hd l)){
			n++;
			continue;
		}
		if(n > 0)
			output(prev, n);
		(prev, n) = (hd l, 1);
	}
	output(prev, n);
	sys->remove(PATH);
}
