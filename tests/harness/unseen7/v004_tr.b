implement Tr;

include "sys.m";
	sys: Sys;
include "draw.m";

Tr: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

# expand a tr-style set such as "a-z0-9" or "\n\t"
expand(s: string): string
{
	out := "";
	i := 0;
	while(i < len s){
		c := s[i++];
		if(c == '\\' && i < len s){
			c = s[i++];
			case c {
			'n' =>	c = '\n';
			't' =>	c = '\t';
			'\\' =>	c = '\\';
			* =>	;
			}
		}
		if(i+1 < len s && s[i] == '-'){
			e := s[i+1];
			if(e < c){
				sys->fprint(stderr, "tr: bad range %c-%c\n", c, e);
				raise "fail:range";
			}
			for(; c <= e; c++)
				out[len out] = c;
			i += 2;
		}else
			out[len out] = c;
	}
	return out;
}

Xlate: adt {
	from:	string;
	into:	string;
	delete:	int;
	squeeze:	int;
	apply:	fn(x: self ref Xlate, s: string): string;
};

Xlate.apply(x: self ref Xlate, s: string): string
{
	out := "";
	last := -1;
	for(i := 0; i < len s; i++){
		c := s[i];
		idx := -1;
		for(j := 0; j < len x.from; j++)
			if(x.from[j] == c){
				idx = j;
				break;
			}
		if(idx >= 0){
			if(x.delete)
				continue;
			if(len x.into > 0){
				if(idx >= len x.into)
					idx = len x.into - 1;
				c = x.into[idx];
			}
			if(x.squeeze && c == last)
				continue;
		}
		out[len out] = c;
		last = c;
	}
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	text := "Hello, World! The year 2024 has   many   spaces.";
	tests := array[] of {
		ref Xlate(expand("a-z"), expand("A-Z"), 0, 0),
		ref Xlate(expand("A-Za-z"), expand("N-ZA-Mn-za-m"), 0, 0),
		ref Xlate(expand("0-9"), "", 1, 0),
		ref Xlate(" ", " ", 0, 1),
		ref Xlate(expand("aeiou"), "*", 0, 0),
		ref Xlate(expand("a-z"), "-", 0, 1),
	};
	sys->print("in:  %s\n", text);
	for(i := 0; i < len tests; i++)
		sys->print("%d:   %s\n", i, tests[i].apply(text));
	sys->print("set a-f: %s\n", expand("a-f"));
	sys->print("set esc: %d chars\n", len expand("\\t\\n\\\\x"));
	{
		expand("z-a");
	} exception e {
	"fail:*" =>
		sys->print("caught %s\n", e);
	}
}
