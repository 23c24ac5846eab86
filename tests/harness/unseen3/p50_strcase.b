implement P50;
include "sys.m";
	sys: Sys;
include "draw.m";
P50: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

bucket(s: string): string
{
	case s {
	"" => return "empty";
	"a" to "f" => return "a-f";
	"g" to "mzzz" => return "g-m";
	"n" or "o" or "p" => return "nop";
	"q" to "z" => return "q-z";
	* => return "other";
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"", "a", "apple", "f", "fz", "g", "mango", "mzzz", "mzzza", "n", "nn", "o", "q", "zebra", "z", "zz", "A", "é", "{"};
	for(i := 0; i < len words; i++)
		sys->print("%q -> %s\n", words[i], bucket(words[i]));
}
