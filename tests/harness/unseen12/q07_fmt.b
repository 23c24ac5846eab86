#args: -w 36 -j /tmp/q_fmt.txt
implement Fmt;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Fmt: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

width := 70;
justify := 0;
indent := 0;
out: ref Iobuf;

text := array[] of {
	"Inferno is a distributed operating system, originally developed",
	"at Bell Labs.  It runs   as a user application",
	"or natively on a range of hardware.",
	"",
	"",
	"   Programs are written in Limbo, a type-safe language",
	"   compiled to Dis, a virtual machine",
	"   with a garbage collector.",
	"",
	"supercalifragilisticexpialidociouslyextendedwordthatwontfit here",
};

words(s: string): list of string
{
	(nil, l) := sys->tokenize(s, " \t\n");
	return l;
}

spaces(n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s[i] = ' ';
	return s;
}

# print one line of words, distributing extra spaces if justifying
putline(ws: list of string, total, last: int, lead: string)
{
	nw := len ws;
	gaps := nw - 1;
	extra := 0;
	if(justify && !last && gaps > 0)
		extra = width - len lead - total;
	line := lead;
	for(i := 0; ws != nil; ws = tl ws){
		line += hd ws;
		if(i < gaps){
			n := 1;
			if(extra > 0){
				# give the leftmost gaps the larger share
				share := extra / (gaps - i);
				if(extra % (gaps - i))
					share++;
				n += share;
				extra -= share;
			}
			line += spaces(n);
		}
		i++;
	}
	out.puts(line + "\n");
}

paragraph(ws: list of string, lead: string)
{
	line: list of string;
	total := 0;	# characters on line including single spaces
	for(; ws != nil; ws = tl ws){
		w := hd ws;
		need := len w;
		if(line != nil)
			need++;
		if(line != nil && len lead + total + need > width){
			putline(reverse(line), total, 0, lead);
			line = nil;
			total = 0;
			need = len w;
		}
		line = w :: line;
		total += need;
	}
	if(line != nil)
		putline(reverse(line), total, 1, lead);
}

reverse(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);

	f := bufio->create("/tmp/q_fmt.txt", Bufio->OWRITE, 8r644);
	for(i := 0; i < len text; i++)
		f.puts(text[i] + "\n");
	f.close();

	argv = tl argv;
	while(argv != nil && (hd argv)[0] == '-'){
		case hd argv {
		"-w" =>
			argv = tl argv;
			width = int hd argv;
		"-j" =>
			justify = 1;
		"-i" =>
			argv = tl argv;
			indent = int hd argv;
		* =>
			sys->fprint(sys->fildes(2), "fmt: unknown option %s\n", hd argv);
			raise "fail:usage";
		}
		argv = tl argv;
	}
	in := bufio->open(hd argv, Bufio->OREAD);
	ruler := "";
	for(i = 0; i < width; i++)
		ruler[i] = "0123456789"[(i+1)%10];
	out.puts(ruler + "\n");
	para: list of string;
	lead := "";
	nparas := 0;
	for(;;){
		s := in.gets('\n');
		blank := s == nil || words(s) == nil;
		if(blank && para != nil){
			if(nparas++ > 0)
				out.puts("\n");
			paragraph(reverse(para), lead);
			para = nil;
		}
		if(s == nil)
			break;
		if(blank)
			continue;
		if(para == nil){
			for(n := 0; n < len s && s[n] == ' '; n++)
				;
			lead = spaces(n + indent);
		}
		for(l := words(s); l != nil; l = tl l)
			para = hd l :: para;
	}
	out.flush();
	sys->print("%d paragraphs\n", nparas);
}
