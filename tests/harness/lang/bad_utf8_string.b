implement BadUtf8String;

include "sys.m";
include "draw.m";

BadUtf8String: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

# The compiler reads its source a rune at a time (libbio Bgetrune): a byte
# that starts no UTF-8 sequence is read with the next three bytes as one
# U+FFFD, so the string below loses "bc\\n" and ends at its quote.
init(nil: ref Draw->Context, nil: list of string)
{
	sys := load Sys Sys->PATH;
	s := "aÿbc\n";
	sys->print("%d runes:", len s);
	for(i := 0; i < len s; i++)
		sys->print(" %ux", s[i]);
	sys->print("\n");
	t := "xÃyz";
	sys->print("%d runes: %ux %ux %ux\n", len t, t[0], t[1], t[2]);
}
