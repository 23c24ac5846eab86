implement CatchAll;

include "sys.m";
	sys: Sys;
include "draw.m";

CatchAll: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Node: adt {
	v: int;
	next: cyclic ref Node;
};

tasks := array[] of {"bounds", "nil", "divide", "raise", "slice", "strindex", "ok", "bigdiv", "modzero"};

run(task: string, arg: int): int
{
	case task {
	"bounds" =>
		a := array[3] of {* => 7};
		return a[arg];
	"nil" =>
		n: ref Node;
		return n.v;
	"divide" =>
		return 100 / (arg - 5);
	"raise" =>
		raise "app: custom failure";
	"slice" =>
		s := "abc";
		return len s[arg:];
	"strindex" =>
		s := "abc";
		return s[arg];
	"bigdiv" =>
		b := big arg - big 5;
		return int (big 1000 / b);
	"modzero" =>
		return arg % (arg - 5);
	}
	return arg * 2;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	caught := 0;
	for(i := 0; i < len tasks; i++){
		{
			r := run(tasks[i], 5);
			sys->print("%-9s returned %d\n", tasks[i], r);
		} exception e {
		"*" =>
			caught++;
			msg := e;
			if(len msg > 7 && msg[0:7] == "sys: fp")
				msg = "<fp trap>";
			else if(tasks[i] == "divide" || tasks[i] == "bigdiv" || tasks[i] == "modzero")
				msg = "<division error>";
			sys->print("%-9s caught: %s\n", tasks[i], msg);
		}
	}
	sys->print("caught %d of %d\n", caught, len tasks);
	for(i = 0; i < len tasks; i++){
		{
			r := run(tasks[i], 1);
			sys->print("%-9s arg1 -> %d\n", tasks[i], r);
		} exception {
		"*" =>
			sys->print("%-9s arg1 failed\n", tasks[i]);
		}
	}
}
