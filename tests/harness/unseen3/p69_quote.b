implement P69;
include "sys.m";
	sys: Sys;
include "draw.m";
P69: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"simple", "with space", "quote'inside", "''", "tab\tx", "é", "a=b", "#hash", "semi;colon", "back\\slash", "dollar$", "{brace}", "~tilde", "new\nline", "a|b", "x*y", "`tick`", "\"dq\""};
	for(i := 0; i < len tests; i++)
		sys->print("%d: %q\n", i, tests[i]);
	sys->print("%10q|%-10q|\n", "ab", "c d");
	sys->print("%.2q|\n", "abcdef");
}
