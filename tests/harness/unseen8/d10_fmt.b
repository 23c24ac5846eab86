#args: -w 32 -j -i 2
implement Fmt;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

Fmt: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/d10_fmt_text";

width := 40;
justify := 0;
indent := 0;
center := 0;

sample := "Inferno is a distributed operating system,\n" +
	"originally developed at Bell Labs.   Programs are written in\n" +
	"Limbo and compiled to Dis.\n" +
	"\n" +
	"\n" +
	"Resources are files; namespaces are per process and can be\n" +
	"assembled from local and remote pieces with bind and mount.\n" +
	"\n" +
	"Short.\n" +
	"\n" +
	"Supercalifragilisticexpialidocious-words-longer-than-width stay whole.\n";

words(s: string): list of string
{
	r: list of string;
	for(;;){
		s = str->drop(s, " \t\n");
		if(s == nil)
			break;
		w: string;
		(w, s) = str->splitl(s, " \t\n");
		r = w :: r;
	}
	rl: list of string;
	for(; r != nil; r = tl r)
		rl = hd r :: rl;
	return rl;
}

spaces(n: int): string
{
	s := "";
	while(n-- > 0)
		s += " ";
	return s;
}

emit(line: list of string, used: int, last: int)
{
	avail := width - indent;
	pad := spaces(indent);
	n := len line;
	if(center){
		total := used + n - 1;
		l := "";
		for(; line != nil; line = tl line){
			l += hd line;
			if(tl line != nil)
				l += " ";
		}
		sys->print("|%s%s|\n", pad + spaces((avail - total) / 2) + l, spaces(avail - total - (avail - total)/2));
		return;
	}
	if(!justify || last || n == 1){
		l := "";
		for(; line != nil; line = tl line){
			l += hd line;
			if(tl line != nil)
				l += " ";
		}
		fill := avail - len l;
		if(fill < 0)
			fill = 0;
		sys->print("|%s%s%s|\n", pad, l, spaces(fill));
		return;
	}
	gaps := n - 1;
	extra := avail - used;
	l := "";
	i := 0;
	for(; line != nil; line = tl line){
		l += hd line;
		if(tl line != nil){
			g := extra / gaps;
			if(i < extra % gaps)
				g++;
			l += spaces(g);
		}
		i++;
	}
	sys->print("|%s%s|\n", pad, l);
}

paragraph(ws: list of string)
{
	avail := width - indent;
	line: list of string;
	used := 0;
	for(; ws != nil; ws = tl ws){
		w := hd ws;
		need := used + len w + len line;
		if(line != nil && need > avail){
			emit(rev(line), used, 0);
			line = nil;
			used = 0;
		}
		line = w :: line;
		used += len w;
	}
	if(line != nil)
		emit(rev(line), used, 1);
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

format(path: string)
{
	iob := bufio->open(path, Bufio->OREAD);
	if(iob == nil){
		sys->print("fmt: can't open %s: %r\n", path);
		return;
	}
	para := "";
	np := 0;
	for(;;){
		s := iob.gets('\n');
		blank := s == nil || str->drop(s, " \t\n") == nil;
		if(blank && para != nil){
			if(np++ > 0)
				sys->print("|%s|\n", spaces(width));
			paragraph(words(para));
			para = nil;
		} else if(!blank)
			para += s;
		if(s == nil)
			break;
	}
	iob.close();
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	arg := load Arg Arg->PATH;
	arg->init(args);
	arg->setusage("fmt [-j] [-c] [-w width] [-i indent]");
	while((c := arg->opt()) != 0)
		case c {
		'w' => (width, nil) = str->toint(arg->earg(), 10);
		'i' => (indent, nil) = str->toint(arg->earg(), 10);
		'j' => justify = 1;
		'c' => center = 1;
		}
	fd := sys->create(FILE, Sys->OWRITE, 8r644);
	b := array of byte sample;
	sys->write(fd, b, len b);
	fd = nil;
	sys->print("width %d indent %d justify %d\n", width, indent, justify);
	format(FILE);
	sys->print("-- centred, width 24 --\n");
	(width, indent, justify, center) = (24, 0, 0, 1);
	format(FILE);
	sys->remove(FILE);
	format(FILE);
}
