#args: -lwc -m
implement Wc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Wc: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

TMP: con "/tmp/d01_wc_input.txt";

lflag, wflag, cflag, mflag: int;

text := array[] of {
	"The quick brown fox\n",
	"jumps over the lazy dog.\n",
	"\n",
	"  Inferno   runs Dis   code\n",
	"tabs\there\tand\tthere\n",
	"last line without newline"
};

writefile(): int
{
	fd := sys->create(TMP, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->print("cannot create %s: %r\n", TMP);
		return -1;
	}
	for(i := 0; i < len text; i++){
		b := array of byte text[i];
		sys->write(fd, b, len b);
	}
	return 0;
}

isspace(c: int): int
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

count(path: string): (int, int, int, int)
{
	iob := bufio->open(path, Bufio->OREAD);
	if(iob == nil)
		return (-1, 0, 0, 0);
	lines := 0;
	words := 0;
	chars := 0;
	longest := 0;
	inword := 0;
	cur := 0;
	while((c := iob.getc()) != Bufio->EOF){
		chars++;
		if(c == '\n'){
			lines++;
			if(cur > longest)
				longest = cur;
			cur = 0;
		} else
			cur++;
		if(isspace(c))
			inword = 0;
		else if(!inword){
			inword = 1;
			words++;
		}
	}
	if(cur > longest)
		longest = cur;
	iob.close();
	return (lines, words, chars, longest);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	arg := load Arg Arg->PATH;
	if(arg == nil || bufio == nil){
		sys->print("load failed: %r\n");
		return;
	}
	arg->init(args);
	arg->setusage("wc [-lwcm] [file ...]");
	while((o := arg->opt()) != 0)
		case o {
		'l' => lflag = 1;
		'w' => wflag = 1;
		'c' => cflag = 1;
		'm' => mflag = 1;
		* => sys->print("unknown option %c\n", o);
		}
	args = arg->argv();
	if(!lflag && !wflag && !cflag && !mflag)
		lflag = wflag = cflag = 1;
	sys->print("flags: l=%d w=%d c=%d m=%d, %d extra args\n", lflag, wflag, cflag, mflag, len args);
	if(writefile() < 0)
		return;
	(l, w, c, m) := count(TMP);
	if(l < 0){
		sys->print("open failed\n");
		return;
	}
	out := "";
	if(lflag)
		out += sys->sprint(" %7d", l);
	if(wflag)
		out += sys->sprint(" %7d", w);
	if(cflag)
		out += sys->sprint(" %7d", c);
	if(mflag)
		out += sys->sprint(" max=%d", m);
	sys->print("%s input\n", out);
	(nl, nw, nc, nm) := count("/tmp/d01_wc_does_not_exist");
	sys->print("missing file -> %d %d %d %d\n", nl, nw, nc, nm);
	sys->remove(TMP);
}
