implement Unmatched;

include "sys.m";
	sys: Sys;
include "draw.m";

Unmatched: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

parse(s: string): int
{
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c < '0' || c > '9')
			raise "parse:bad char " + s[i:i+1];
		n = n * 10 + c - '0';
	}
	if(n > 1000)
		raise "range:" + s;
	return n;
}

middle(s: string): int
{
	{
		return parse(s);
	} exception e {
	"parse:*" =>
		sys->print("middle recovered from %s\n", e);
		return -1;
	}
}

top(l: list of string): int
{
	sum := 0;
	for(; l != nil; l = tl l){
		{
			v := middle(hd l);
			sys->print("%s -> %d\n", hd l, v);
			sum += v;
		} exception e {
		"io:*" or "parse:*" =>
			sys->print("top: %s\n", e);
		}
	}
	return sum;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("sum=%d\n", top("12" :: "3x" :: "400" :: nil));
	# "range:" matches no handler at any level and escapes init
	sys->print("sum=%d\n", top("5" :: "99999" :: "6" :: nil));
	sys->print("not reached\n");
}
