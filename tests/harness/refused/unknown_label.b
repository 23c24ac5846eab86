implement R;

include "sys.m";
	sys: Sys;
include "draw.m";

R: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# refused: continue naming a label that does not exist
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	outer:
	for(i := 0; i < 3; i++){
		for(j := 0; j < 3; j++){
			if(j == 1)
				continue outr;
			sys->print("%d %d\n", i, j);
		}
	}
}
