implement BadUtf8Comment;

include "sys.m";
include "draw.m";

# The compiler skips a comment a byte at a time to its newline, so a byte
# that is not UTF-8 here (ÿ) takes nothing with it, unlike one in a string.
BadUtf8Comment: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys := load Sys Sys->PATH;	# Ã also here
	sys->print("the comments were skipped\n");
}
