implement UncaughtRaise;

include "sys.m";
	sys: Sys;
include "draw.m";

UncaughtRaise: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

config := array[] of {("host", "localhost"), ("port", "564"), ("user", "glenda")};

get(key: string): string
{
	for(i := 0; i < len config; i++){
		(k, v) := config[i];
		if(k == key)
			return v;
	}
	raise "config: missing key " + key;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	keys := array[] of {"host", "user", "port", "timeout", "never"};
	for(i := 0; i < len keys; i++){
		{
			sys->print("%s = %s\n", keys[i], get(keys[i]));
		} exception e {
		"config: missing key p*" =>
			sys->print("handled %s\n", e);
		}
	}
	sys->print("done\n");
}
