implement BadReturn;

include "sys.m";
	sys: Sys;
include "draw.m";

BadReturn: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

# mistake: function has no declared result type but returns a value,
# and hd is applied to an array
count(a: array of string)
{
	n := 0;
	for(i := 0; i < len a; i++)
		if(a[i] != nil)
			n++;
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {"x", nil, "y"};
	sys->print("%d %s\n", count(a), hd a);
}
