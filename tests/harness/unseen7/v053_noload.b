implement Plugins;

include "sys.m";
	sys: Sys;
include "draw.m";

Plugins: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Filter: module
{
	filter:	fn(s: string): string;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	paths := array[] of {"/dis/lib/nosuchfilter.dis", "/tmp/v053_missing.dis"};
	loaded := 0;
	f: Filter;
	for(i := 0; i < len paths; i++){
		f = load Filter paths[i];
		if(f == nil)
			sys->print("plugin %s: not loaded\n", paths[i]);
		else
			loaded++;
	}
	sys->print("%d plugins loaded\n", loaded);
	# forgot to check: use the last (nil) module anyway
	words := array[] of {"one", "two"};
	for(i = 0; i < len words; i++)
		sys->print("%s\n", f->filter(words[i]));
}
