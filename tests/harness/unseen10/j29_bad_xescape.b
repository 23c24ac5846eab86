implement BadXEscape;

# REFUSED BY THE COMPILER: the one mistake is the C-style escape "\x41"
# on line 21.  Limbo string literals know \u followed by four hex
# digits, but not \x, so the lexer reports an unrecognized escape.

include "sys.m";
	sys: Sys;
include "draw.m";

BadXEscape: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	good := "\u0041\u00e9\t\n";
	sys->print("good escapes: len %d\n", len good);
	bad := "\x41";
	sys->print("bad escape: len %d\n", len bad);
}
