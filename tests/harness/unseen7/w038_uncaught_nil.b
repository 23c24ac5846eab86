implement UncaughtNil;

include "sys.m";
	sys: Sys;
include "draw.m";

UncaughtNil: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Employee: adt {
	name: string;
	boss: cyclic ref Employee;
	salary: int;
};

chain(e: ref Employee): string
{
	s := e.name;
	while(e.boss != nil){
		e = e.boss;
		s += " -> " + e.name;
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ceo := ref Employee("ceo", nil, 500);
	cto := ref Employee("cto", ceo, 300);
	dev := ref Employee("dev", cto, 100);
	intern := ref Employee("intern", dev, 10);
	staff := array[] of {intern, dev, cto, ceo};
	for(i := 0; i < len staff; i++)
		sys->print("%s\n", chain(staff[i]));
	# compute salary of each boss's boss: ceo has none
	for(i = 0; i < len staff; i++)
		sys->print("%s grand-boss earns %d\n", staff[i].name, staff[i].boss.boss.salary);
}
