#args: a-z A-Z
implement Tr;

include "sys.m";
	sys: Sys;
include "draw.m";

Tr: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

# expand a set like "a-z0-9\n" into a string of runes
expand(set: string): string
{
	r := "";
	for(i := 0; i < len set; i++){
		c := set[i];
		if(c == '\\' && i+1 < len set){
			i++;
			case set[i] {
			'n' =>	c = '\n';
			't' =>	c = '\t';
			* =>	c = set[i];
			}
		}
		if(i+2 < len set && set[i+1] == '-'){
			hi := set[i+2];
			if(hi < c){
				sys->fprint(stderr, "tr: bad range %c-%c\n", c, hi);
				raise "fail:range";
			}
			for(; c <= hi; c++)
				r[len r] = c;
			i += 2;
		}else
			r[len r] = c;
	}
	return r;
}

Xlate: adt {
	src:	string;
	dst:	string;
	delete:	int;
	squeeze:	int;

	map:	fn(x: self ref Xlate, s: string): string;
};

Xlate.map(x: self ref Xlate, s: string): string
{
	out := "";
	last := -1;
	for(i := 0; i < len s; i++){
		c := s[i];
		hit := -1;
		for(j := 0; j < len x.src; j++)
			if(x.src[j] == c){
				hit = j;
				break;
			}
		if(hit >= 0){
			if(x.delete)
				continue;
			if(len x.dst > 0){
				if(hit >= len x.dst)
					hit = len x.dst - 1;	# pad with last char
				c = x.dst[hit];
			}
			if(x.squeeze && c == last)
				continue;
		}
		out[len out] = c;
		last = c;
	}
	return out;
}

run(label: string, x: ref Xlate, text: string)
{
	sys->print("%-10s %q\n", label+":", x.map(text));
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	argv = tl argv;
	if(len argv != 2){
		sys->fprint(stderr, "usage: tr from to\n");
		raise "fail:usage";
	}
	from := expand(hd argv);
	dst := expand(hd tl argv);
	sys->print("from set has %d runes, to set has %d\n", len from, len dst);

	sample := "Hello, World! tr maps aaa-zzz;\tkeep 123.";
	run("cmdline", ref Xlate(from, dst, 0, 0), sample);
	run("delete", ref Xlate(expand("aeiou"), nil, 1, 0), sample);
	run("squeeze", ref Xlate(expand("a-z"), nil, 0, 1), "bookkeeper  mississippi   aaa");
	run("rot13", ref Xlate(expand("a-zA-Z"), expand("n-za-mN-ZA-M"), 0, 0), sample);
	run("digits", ref Xlate(expand("0-9"), expand("#"), 0, 0), "tel 555-0199 ext 42");
	run("escapes", ref Xlate(expand("\\t "), expand("_"), 0, 1), sample);
	run("greek", ref Xlate(expand("α-ω"), expand("Α-Ω"), 0, 0), "αβγ δέλτα ωμέγα");

	# a reversed range is an error
	{
		expand("z-a");
	} exception e {
	"fail:*" =>
		sys->print("caught %s\n", e);
	}
}
