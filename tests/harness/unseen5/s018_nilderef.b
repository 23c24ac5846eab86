implement NilDeref;

include "sys.m";
	sys: Sys;
include "draw.m";

NilDeref: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Employee: adt {
	name:	string;
	dept:	string;
	salary:	int;
};

find(staff: list of ref Employee, name: string): ref Employee
{
	for(; staff != nil; staff = tl staff)
		if((hd staff).name == name)
			return hd staff;
	return nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	staff := ref Employee("ann", "eng", 5200) :: ref Employee("bob", "ops", 4100) ::
		ref Employee("cid", "eng", 6100) :: ref Employee("dee", "hr", 3900) :: nil;
	total := 0;
	for(l := staff; l != nil; l = tl l)
		total += (hd l).salary;
	sys->print("payroll %d over %d people\n", total, len staff);
	who := array[] of {"cid", "ann", "eve", "bob"};
	for(i := 0; i < len who; i++){
		e := find(staff, who[i]);
		sys->print("raise for %s\n", who[i]);
		e.salary += e.salary / 10;	# eve is not on the staff
		sys->print("  %s in %s now earns %d\n", e.name, e.dept, e.salary);
	}
	sys->print("unreachable\n");
}
