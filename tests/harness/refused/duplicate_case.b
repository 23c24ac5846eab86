implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: the same case label twice
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 4; i++){
		case i {
		0 =>
			sys->print("zero\n");
		1 or 2 =>
			sys->print("small\n");
		2 =>
			sys->print("two\n");
		* =>
			sys->print("other\n");
		}
	}
}
