implement P73;
include "sys.m";
	sys: Sys;
include "draw.m";
P73: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("|%c|%c|\n", 0, 16r10ffff);
	sys->print("|%5.2s|%-5.1s|\n", "éàü", "日本");
	sys->print("|%g|%g|\n", 1e-300, 1.7976931348623157e308);
	sys->print("|%.0e|%.1f|%.3g|\n", 15.0, 0.05, 0.0001234);
	sys->print("|%f|\n", 1e22);
	sys->print("|%x|%X|%o|\n", 0, 16rabc, -8);
	sys->print("|%+5d|%-+5d|%+05d|\n", 3, 3, -3);
	sys->print("|%5%|%-5%|\n");
	sys->print("|%.10d|%12.10d|\n", -42, 42);
	sys->print("|%bx|%#bx|%bo|\n", big -1, big 255, big 8);
	sys->print("|%ux|%uo|\n", -1, -1);
	sys->print("|%s|\n", "tab\there");
	sys->print("|%d|%d|\n", 'a', '\0');
	sys->print("|%G|%E|\n", 1e-10, 12.5);
	sys->print("|%#g|%#.3g|\n", 1.0, 2.0);
}
