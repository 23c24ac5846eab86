implement Settings;

include "sys.m";
	sys: Sys;
include "draw.m";

Settings: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

parse(line: string): (string, string)
{
	for(i := 0; i < len line; i++)
		if(line[i] == '=')
			return (line[0:i], line[i+1:]);
	return (line, nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lines := array[] of {"width=80", "height=24", "title=main"};
	width := 0;
	for(i := 0; i < len lines; i++){
		(key, val) := parse(lines[i]);
		if(key == "width")
			width := int val;	# meant width = int val
		else if(key == "height")
			heigth = int val;	# typo: never declared
	}
	sys->print("%d\n", width);
}
