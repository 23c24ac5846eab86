implement Fmt;

include "sys.m";
	sys: Sys;
include "draw.m";

Fmt: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Filler: adt {
	width:	int;
	indent:	int;
	line:	string;
	out:	list of string;

	word:	fn(f: self ref Filler, w: string);
	flush:	fn(f: self ref Filler);
	lines:	fn(f: self ref Filler): list of string;
};

Filler.word(f: self ref Filler, w: string)
{
	if(f.line == nil){
		f.line = spaces(f.indent) + w;
		return;
	}
	if(len f.line + 1 + len w > f.width){
		f.flush();
		f.line = spaces(f.indent) + w;
	}else
		f.line += " " + w;
}

Filler.flush(f: self ref Filler)
{
	if(f.line != nil)
		f.out = f.line :: f.out;
	f.line = nil;
}

Filler.lines(f: self ref Filler): list of string
{
	f.flush();
	r: list of string;
	for(l := f.out; l != nil; l = tl l)
		r = hd l :: r;
	f.out = nil;
	return r;
}

spaces(n: int): string
{
	s := "";
	while(n-- > 0)
		s += " ";
	return s;
}

words(s: string): list of string
{
	(nil, l) := sys->tokenize(s, " \t\n");
	return l;
}

text := array[] of {
	"Inferno is a distributed operating system, originally developed at Bell Labs,",
	"but now developed and maintained by Vita Nuova as free software.",
	"",
	"Applications written in Limbo run on the Dis virtual machine, which is",
	"portable across many architectures.",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	widths := array[] of {30, 45};
	for(w := 0; w < len widths; w++){
		sys->print("--- width %d\n", widths[w]);
		f := ref Filler(widths[w], w*2, nil, nil);
		for(i := 0; i < len text; i++){
			if(text[i] == ""){
				for(l := f.lines(); l != nil; l = tl l)
					sys->print("%s|\n", hd l);
				sys->print("\n");
				continue;
			}
			for(ws := words(text[i]); ws != nil; ws = tl ws)
				f.word(hd ws);
		}
		for(l := f.lines(); l != nil; l = tl l)
			sys->print("%s|\n", hd l);
	}
}
