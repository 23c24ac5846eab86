implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: a string case label inside an earlier range
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "cat";
	case s {
	"a" to "m" =>
		sys->print("first half\n");
	"c" =>
		sys->print("c\n");
	* =>
		sys->print("other\n");
	}
}
