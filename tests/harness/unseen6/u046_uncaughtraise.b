implement UncaughtRaise;

include "sys.m";
	sys: Sys;
include "draw.m";

UncaughtRaise: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Config: adt {
	name: string;
	port: int;
};

validate(c: Config)
{
	if(c.name == "")
		raise "config: empty name";
	if(c.port <= 0 || c.port > 65535)
		raise "config: port " + string c.port + " out of range";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cfgs := array[] of {
		Config("web", 80),
		Config("", 22),
		Config("db", 5432),
		Config("bad", 70000),
		Config("never", 1),
	};
	for(i := 0; i < len cfgs; i++){
		if(i == 1){
			{
				validate(cfgs[i]);
			} exception e {
			"config:*" =>
				sys->print("entry %d skipped: %s\n", i, e);
				continue;
			}
		}
		validate(cfgs[i]);
		sys->print("entry %d ok: %s:%d\n", i, cfgs[i].name, cfgs[i].port);
	}
	sys->print("not reached\n");
}
