implement LibExc;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";

LibExc: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

tryargs(args: list of string)
{
	arg := load Arg Arg->PATH;
	if(arg == nil){
		sys->print("cannot load arg\n");
		return;
	}
	arg->init(args);
	arg->setusage(nil);
	opts := "";
	{
		while((c := arg->opt()) != 0)
			case c {
			'v' =>
				opts += "v";
			'n' =>
				opts += "n=" + arg->earg();
			* =>
				arg->usage();
			}
		sys->print("  opts [%s] rest %d\n", opts, len arg->argv());
	} exception e {
	"fail:*" =>
		sys->print("  arg module raised %s after opts [%s]\n", e, opts);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("good options:\n");
	tryargs("prog" :: "-v" :: "-n" :: "5" :: "file" :: nil);
	sys->print("unknown option:\n");
	tryargs("prog" :: "-v" :: "-x" :: nil);
	sys->print("missing option value:\n");
	tryargs("prog" :: "-n" :: nil);

	bufio = load Bufio Bufio->PATH;
	iob := bufio->open("/tmp/u020-no-such-file", Bufio->OREAD);
	sys->print("open missing file: nil=%d\n", iob == nil);
	{
		line := iob.gets('\n');
		sys->print("not reached %s\n", line);
	} exception e {
	"*" =>
		sys->print("method on nil Iobuf: %s\n", e);
	}
	str: String;
	{
		(a, b) := str->splitl("key=value", "=");
		sys->print("not reached %s %s\n", a, b);
	} exception e {
	"*" =>
		sys->print("call through unloaded module: %s\n", e);
	}
	str = load String String->PATH;
	(k, v) := str->splitl("key=value", "=");
	sys->print("after load: [%s] [%s]\n", k, v);
	bad := load String "/dis/lib/no-such-module.dis";
	sys->print("load of missing path gives nil: %d\n", bad == nil);
}
