implement RaiseStrings;

include "sys.m";
	sys: Sys;
include "draw.m";

RaiseStrings: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

parsedigit(c: int): int
{
	if(c < '0' || c > '9')
		raise "parse:bad digit " + sys->sprint("%c", c);
	return c - '0';
}

parsenum(s: string): int
{
	if(s == "")
		raise "parse:empty";
	n := 0;
	for(i := 0; i < len s; i++) {
		n = n * 10 + parsedigit(s[i]);
		if(n > 99999)
			raise "range:too big";
	}
	return n;
}

try(s: string)
{
	{
		v := parsenum(s);
		sys->print("%-10s -> %d\n", "\"" + s + "\"", v);
	} exception e {
	"parse:*" =>
		sys->print("%-10s -> parse error (%s)\n", "\"" + s + "\"", e[6:]);
	"range:*" =>
		sys->print("%-10s -> out of range\n", "\"" + s + "\"");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {"42", "007", "", "12x4", "123456", "99999", "-5"};
	for(i := 0; i < len inputs; i++)
		try(inputs[i]);

	# raising a computed string and catching it with a wildcard
	count := 0;
	for(i = 1; i <= 5; i++) {
		{
			if(i % 2 == 0)
				raise sys->sprint("even %d", i);
			count += i;
		} exception e {
		"*" =>
			sys->print("caught: %s\n", e);
		}
	}
	sys->print("sum of odd: %d\n", count);

	# the handler variable can be omitted
	{
		raise "quiet";
	} exception {
	"quiet" =>
		sys->print("quiet exception handled\n");
	}

	# execution continues after the block that handled it
	sys->print("done\n");
}
