implement Badimport;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;

Badimport: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	f: ref Iobuf;
	f = bufio->open("/tmp/v060_none", Bufio->OREAD);
	if(f == nil){
		sys->print("no file\n");
		return;
	}
	while((s := f.gets('\n')) != nil)
		sys->print("%s", s);
}
