implement StringStore;

include "sys.m";
	sys: Sys;
include "draw.m";

StringStore: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

put(s: string, i: int, c: int): string
{
	{
		s[i] = c;
		return sys->sprint("%q[%d]=%c -> %q len %d", "", i, c, s, len s);
	} exception e {
	"*" =>
		return sys->sprint("[%d]=%c: %s", i, c, e);
	}
}

get(s: string, i: int): string
{
	{
		return sys->sprint("%q[%d] = %d", s, i, s[i]);
	} exception e {
	"*" =>
		return sys->sprint("%q[%d]: %s", s, i, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "abc";
	for(i := -1; i <= 5; i++)
		sys->print("%s\n", put(s, i, 'X'));
	sys->print("%s\n", put(nil, 0, 'n'));
	sys->print("%s\n", put(nil, 1, 'n'));
	sys->print("%s\n", put("", 0, 'e'));
	sys->print("%s\n", put("é", 1, 'ü'));
	sys->print("%s\n", put("é", 2, 'ü'));
	sys->print("%s\n", put("ab", 2, '☺'));
	for(i = -1; i <= 4; i++)
		sys->print("%s\n", get("héé", i));
	sys->print("%s\n", get("", 0));
	# appending in a loop by storing at len
	t: string;
	for(i = 0; i < 5; i++)
		t[len t] = 'a' + i;
	sys->print("built %s\n", t);
	{
		t[len t + 1] = 'z';
	} exception e {
	"*" =>
		sys->print("gap: %s, t still %s\n", e, t);
	}
	sys->print("done\n");
}
