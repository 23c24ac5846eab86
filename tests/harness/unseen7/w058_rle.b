implement Rle;

include "sys.m";
	sys: Sys;
include "draw.m";

Rle: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

encode(s: string): string
{
	out := "";
	i := 0;
	while(i < len s){
		c := s[i];
		n := 1;
		while(i + n < len s && s[i+n] == c && n < 9)
			n++;
		if(n > 1)
			out += string n;
		out[len out] = c;
		i += n;
	}
	return out;
}

decode(s: string): string
{
	out := "";
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= '1' && c <= '9' && n == 0){
			n = c - '0';
			continue;
		}
		if(n == 0)
			n = 1;
		while(n-- > 0)
			out[len out] = c;
		n = 0;
	}
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"aaabccdddd", "abc", "", "zzzzzzzzzzzz", "ééé€€x", "aabbaa"};
	for(i := 0; i < len tests; i++){
		e := encode(tests[i]);
		d := decode(e);
		ratio := 100;
		if(len tests[i] > 0)
			ratio = 100 * len e / len tests[i];
		sys->print("%-14q -> %-10q -> %q ok=%d %d%%\n", tests[i], e, d, d == tests[i], ratio);
	}
}
