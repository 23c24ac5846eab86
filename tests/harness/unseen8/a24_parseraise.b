implement ParseRaise;

include "sys.m";
	sys: Sys;
include "draw.m";

ParseRaise: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# strict decimal parser: raises on anything unexpected
strict(s: string): int
{
	if(s == nil)
		raise "parse:empty";
	neg := 0;
	i := 0;
	if(s[0] == '-' || s[0] == '+'){
		neg = s[0] == '-';
		i++;
	}
	if(i == len s)
		raise "parse:sign only";
	n := 0;
	for(; i < len s; i++){
		c := s[i];
		if(c < '0' || c > '9')
			raise sys->sprint("parse:bad digit %q at %d", s[i:i+1], i);
		if(n > (16r7fffffff - (c - '0')) / 10)
			raise "parse:overflow";
		n = n * 10 + (c - '0');
	}
	if(neg)
		n = -n;
	return n;
}

try(s: string)
{
	{
		v := strict(s);
		sys->print("%-14q ok %d\n", s, v);
	}exception e{
	"parse:*" =>
		sys->print("%-14q error %s\n", s, e[6:]);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {"0", "123", "-45", "+6", "", "-", "12a", "9x9", "2147483647", "2147483648", "99999999999", " 1"};
	for(i := 0; i < len inputs; i++)
		try(inputs[i]);

	# sum a list, letting other exceptions through
	total := 0;
	for(l := "10" :: "20" :: "30" :: nil; l != nil; l = tl l)
		total += strict(hd l);
	sys->print("total %d\n", total);

	# now an unhandled failure
	sys->print("parsing config value...\n");
	v := strict("4O96");
	sys->print("value %d\n", v);
}
