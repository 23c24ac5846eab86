implement BadUtf8Comment;

# a comment with bytes that are not UTF-8: ÿþ â‚ (the compiler reads them as Runeerror)
include "sys.m";
	sys: Sys;
include "draw.m";

BadUtf8Comment: module { init: fn(nil: ref Draw->Context, nil: list of string); };

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("compiled and ran\n");
}
