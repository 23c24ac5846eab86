implement NilModule;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";

NilModule: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Plugin: module
{
	transform:	fn(s: string): string;
};

builtin(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"stressed", "drawer", "limbo"};
	for(i := 0; i < len words; i++)
		sys->print("builtin: %s -> %s\n", words[i], builtin(words[i]));
	b := load Bufio Bufio->PATH;
	sys->print("bufio loaded: %d\n", b != nil);
	wrong := load Plugin Bufio->PATH;
	sys->print("bufio as plugin loaded: %d\n", wrong != nil);
	p := load Plugin "/dis/s047B/plugin.dis";
	sys->print("plugin loaded: %d\n", p != nil);
	# forgot to check: calling through a nil module reference
	for(i = 0; i < len words; i++)
		sys->print("plugin: %s -> %s\n", words[i], p->transform(words[i]));
}
