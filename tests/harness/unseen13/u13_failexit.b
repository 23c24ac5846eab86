#args: -v config.ini
implement Cfgcheck;

include "sys.m";
	sys: Sys;
include "draw.m";

Cfgcheck: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

cfg := array[] of {
	"# sample configuration",
	"[server]",
	"port = 8080",
	"host = localhost",
	"",
	"[client]",
	"retries = 3",
	"timeout = 2.5",
	"port = 99999",
	"broken line here",
};

verbose := 0;

check(sect, key, val: string): string
{
	case key {
	"port" =>
		p := int val;
		if(p <= 0 || p > 65535)
			return "port out of range";
	"retries" =>
		if(int val < 0)
			return "negative retries";
	}
	if(verbose)
		sys->print("  %s.%s = %s\n", sect, key, val);
	return nil;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	argv = tl argv;
	while(argv != nil && (hd argv)[0] == '-'){
		case hd argv {
		"-v" => verbose = 1;
		* =>
			sys->fprint(sys->fildes(2), "usage: cfgcheck [-v] file\n");
			raise "fail:usage";
		}
		argv = tl argv;
	}
	name := "<none>";
	if(argv != nil)
		name = hd argv;
	sys->print("checking %s (%d lines)\n", name, len cfg);
	sect := "";
	errs := 0;
	for(i := 0; i < len cfg; i++){
		l := cfg[i];
		if(l == nil || l[0] == '#')
			continue;
		if(l[0] == '['){
			sect = l[1:len l-1];
			continue;
		}
		(n, f) := sys->tokenize(l, " =");
		if(n != 2){
			sys->fprint(sys->fildes(2), "%s:%d: syntax error\n", name, i+1);
			errs++;
			continue;
		}
		if((e := check(sect, hd f, hd tl f)) != nil){
			sys->fprint(sys->fildes(2), "%s:%d: %s\n", name, i+1, e);
			errs++;
		}
	}
	sys->print("%d errors\n", errs);
	if(errs)
		raise sys->sprint("fail:%d errors", errs);
}
