#args: a-y b-z
implement Tr;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";

Tr: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

# expand a-z style ranges and \n \t \\ escapes
expand(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c == '\\' && i+1 < len s){
			i++;
			case s[i] {
			'n' => c = '\n';
			't' => c = '\t';
			* => c = s[i];
			}
		}
		if(i+2 < len s && s[i+1] == '-'){
			e := s[i+2];
			if(e >= c){
				for(; c <= e; c++)
					r[len r] = c;
				i += 2;
				continue;
			}
		}
		r[len r] = c;
	}
	return r;
}

indexof(s: string, c: int): int
{
	for(i := 0; i < len s; i++)
		if(s[i] == c)
			return i;
	return -1;
}

tr(input: string, argv: list of string): string
{
	arg := load Arg Arg->PATH;
	arg->init("tr" :: argv);
	dflag := sflag := cflag := 0;
	while((o := arg->opt()) != 0)
		case o {
		'd' => dflag = 1;
		's' => sflag = 1;
		'c' => cflag = 1;
		* => return sys->sprint("<bad option %c>", o);
		}
	argv = arg->argv();
	if(argv == nil)
		return "<usage: tr [-dsc] set1 [set2]>";
	set1 := expand(hd argv);
	set2 := "";
	if(tl argv != nil)
		set2 = expand(hd tl argv);
	out := "";
	last := -1;
	for(i := 0; i < len input; i++){
		c := input[i];
		k := indexof(set1, c);
		inset := k >= 0;
		if(cflag)
			inset = !inset;
		if(dflag){
			if(inset)
				continue;
		} else if(inset && set2 != nil){
			if(cflag || k >= len set2)
				c = set2[len set2 - 1];
			else
				c = set2[k];
		}
		if(sflag && c == last && (inset || indexof(set2, c) >= 0))
			continue;
		out[len out] = c;
		last = c;
	}
	return out;
}

show(input: string, argv: list of string)
{
	a := "";
	for(l := argv; l != nil; l = tl l)
		a += " " + hd l;
	r := tr(input, argv);
	sys->print("tr%s\n  in:  %q\n  out: %q\n", a, input, r);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	msg := "Hello, World! Meet at the Oak tree at 10:30.";
	show(msg, tl args);
	show(msg, "a-zA-Z" :: "n-za-mN-ZA-M" :: nil);
	show(msg, "-d" :: "aeiouAEIOU" :: nil);
	show("aaabbbccc   dddd", "-s" :: "a-d " :: nil);
	show("mississippi", "-s" :: "sp" :: "SP" :: nil);
	show(msg, "-c" :: "-d" :: "a-zA-Z " :: nil);
	show(msg, "-cs" :: "a-zA-Z" :: "_" :: nil);
	show("tabs\tand\nnewlines", "\\t\\n" :: "~" :: nil);
	show("0123456789", "0-9" :: "a-c" :: nil);
	show(msg, "-x" :: nil);
	show(msg, nil);
	sys->print("expand(a-e0-3z) = %s\n", expand("a-e0-3z"));
	sys->print("expand(z-a) = %s\n", expand("z-a"));
}
