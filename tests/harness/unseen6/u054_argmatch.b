#args: -i -x Needle needle haystack Needle needles NEEDLE other needle
implement ArgMatch;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "string.m";
	str: String;

ArgMatch: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	arg := load Arg Arg->PATH;
	arg->init(argv);
	arg->setusage("argmatch [-icw] [-x word] pattern word ...");
	ignorecase := 0;
	countonly := 0;
	whole := 0;
	exclude: list of string;
	while((c := arg->opt()) != 0)
		case c {
		'i' => ignorecase = 1;
		'c' => countonly = 1;
		'w' => whole = 1;
		'x' => exclude = arg->earg() :: exclude;
		* => arg->usage();
		}
	args := arg->argv();
	if(args == nil)
		arg->usage();
	pat := hd args;
	args = tl args;
	sys->print("pattern=%s ignorecase=%d count=%d whole=%d excluded=%d\n", pat, ignorecase, countonly, whole, len exclude);
	if(ignorecase)
		pat = str->tolower(pat);
	matches := 0;
	for(i := 0; args != nil; args = tl args){
		w := hd args;
		i++;
		if(member(w, exclude))
			continue;
		cmp := w;
		if(ignorecase)
			cmp = str->tolower(w);
		hit := 0;
		if(whole)
			hit = cmp == pat;
		else
			hit = str->prefix(pat, cmp);
		if(hit){
			matches++;
			if(!countonly)
				sys->print("%d: %s\n", i, w);
		}
	}
	sys->print("%d match(es)\n", matches);
	arg->init("argmatch" :: "-q" :: nil);
	{
		while((c = arg->opt()) != 0)
			if(c != 'i')
				arg->usage();
	} exception e {
	"fail:*" =>
		sys->print("bad flag handled: %s\n", e);
	}
}

member(w: string, l: list of string): int
{
	for(; l != nil; l = tl l)
		if(hd l == w)
			return 1;
	return 0;
}
