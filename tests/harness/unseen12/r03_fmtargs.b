#args: -n -w 30 -i2 -jv -- Limbo programs are compiled to Dis, a virtual machine code that runs on every platform Inferno supports, with garbage collection by reference counting.
implement Fmt;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;

Fmt: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Opts: adt {
	width:	int;
	indent:	int;
	number:	int;
	justify:	int;
	verbose:	int;
};

parseopts(argv: list of string): (ref Opts, list of string)
{
	o := ref Opts(40, 0, 0, 0, 0);
	arg->init(argv);
	arg->setusage("fmt [-njv] [-w width] [-i indent] word ...");
	while((c := arg->opt()) != 0)
		case c {
		'w' =>	o.width = int arg->earg();
		'i' =>	o.indent = int arg->earg();
		'n' =>	o.number = 1;
		'j' =>	o.justify = 1;
		'v' =>	o.verbose++;
		* =>
			sys->fprint(sys->fildes(2), "fmt: unknown option -%c\n", c);
			arg->usage();
		}
	return (o, arg->argv());
}

spaces(n: int): string
{
	s := "";
	while(n-- > 0)
		s[len s] = ' ';
	return s;
}

# build one output line from words, padding gaps if justifying
mkline(words: array of string, width: int, justify: int): string
{
	if(len words == 1 || !justify){
		s := words[0];
		for(i := 1; i < len words; i++)
			s += " " + words[i];
		return s;
	}
	used := 0;
	for(i := 0; i < len words; i++)
		used += len words[i];
	gaps := len words - 1;
	extra := width - used;
	s := words[0];
	for(i = 1; i < len words; i++){
		n := extra / gaps;
		if(i <= extra % gaps)
			n++;
		s += spaces(n) + words[i];
	}
	return s;
}

fill(words: list of string, o: ref Opts): list of string
{
	lines: list of string;
	avail := o.width - o.indent;
	cur := array[len words] of string;
	ncur := 0;
	curlen := 0;
	for(; words != nil; words = tl words){
		w := hd words;
		if(ncur > 0 && curlen + 1 + len w > avail){
			lines = mkline(cur[0:ncur], avail, o.justify) :: lines;
			ncur = curlen = 0;
		}
		if(ncur > 0)
			curlen++;
		curlen += len w;
		cur[ncur++] = w;
	}
	if(ncur > 0)
		lines = mkline(cur[0:ncur], avail, 0) :: lines;	# last line never justified
	r: list of string;
	for(; lines != nil; lines = tl lines)
		r = hd lines :: r;
	return r;
}

show(o: ref Opts, words: list of string)
{
	if(o.verbose)
		sys->print("width=%d indent=%d number=%d justify=%d words=%d\n",
			o.width, o.indent, o.number, o.justify, len words);
	ruler := "";
	for(i := 0; i < o.width; i++)
		ruler[i] = '0' + (i+1) % 10;
	sys->print("    %s\n", ruler);
	n := 0;
	for(l := fill(words, o); l != nil; l = tl l){
		n++;
		pfx := "    ";
		if(o.number)
			pfx = sys->sprint("%2d: ", n);
		sys->print("%s%s%s|\n", pfx, spaces(o.indent), hd l);
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;

	(o, words) := parseopts(argv);
	show(o, words);

	# the same parser with other argument vectors
	tests := array[] of {
		"fmt" :: "-w16" :: "short" :: "words" :: "go" :: "on" :: "one" :: "line" :: nil,
		"fmt" :: "-x" :: "oops" :: nil,
		"fmt" :: "-n" :: "-w" :: nil,
	};
	for(i := 0; i < len tests; i++){
		sys->print("-- test %d\n", i);
		{
			(o, words) = parseopts(tests[i]);
			show(o, words);
		} exception e {
		"fail:*" =>
			sys->print("caught %s\n", e);
		}
	}
}
