#args: 2024 2
implement Calendar;

include "sys.m";
	sys: Sys;
include "draw.m";

Calendar: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Date: adt {
	y, m, d:	int;
	valid:	fn(dt: self Date): int;
	jdn:	fn(dt: self Date): int;
	fromjdn:	fn(j: int): Date;
	weekday:	fn(dt: self Date): int;
	text:	fn(dt: self Date): string;
	add:	fn(dt: self Date, days: int): Date;
};

Event: adt {
	date:	Date;
	what:	string;
};

Planner: adt {
	events:	list of Event;
	add:	fn(p: self ref Planner, e: Event);
	on:	fn(p: self ref Planner, dt: Date): list of string;
	month:	fn(p: self ref Planner, y, m: int);
};

mnames := array[] of {"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"};
dnames := array[] of {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

leap(y: int): int
{
	return y%4 == 0 && (y%100 != 0 || y%400 == 0);
}

mdays(y, m: int): int
{
	case m {
	2 =>	return 28 + leap(y);
	4 or 6 or 9 or 11 =>	return 30;
	}
	return 31;
}

Date.valid(dt: self Date): int
{
	return dt.m >= 1 && dt.m <= 12 && dt.d >= 1 && dt.d <= mdays(dt.y, dt.m);
}

# Julian day number, proleptic Gregorian calendar
Date.jdn(dt: self Date): int
{
	a := (14 - dt.m) / 12;
	y := dt.y + 4800 - a;
	m := dt.m + 12*a - 3;
	return dt.d + (153*m + 2)/5 + 365*y + y/4 - y/100 + y/400 - 32045;
}

Date.fromjdn(j: int): Date
{
	a := j + 32044;
	b := (4*a + 3) / 146097;
	c := a - 146097*b/4;
	d := (4*c + 3) / 1461;
	e := c - 1461*d/4;
	m := (5*e + 2) / 153;
	return Date(100*b + d - 4800 + m/10, m + 3 - 12*(m/10), e - (153*m + 2)/5 + 1);
}

Date.weekday(dt: self Date): int
{
	return dt.jdn() % 7;	# 0 = Monday
}

Date.text(dt: self Date): string
{
	return sys->sprint("%s %d %s %d", dnames[dt.weekday()], dt.d, mnames[dt.m-1][0:3], dt.y);
}

Date.add(dt: self Date, days: int): Date
{
	return Date.fromjdn(dt.jdn() + days);
}

Planner.add(p: self ref Planner, e: Event)
{
	if(!e.date.valid()) raise sys->sprint("calendar: invalid date %d-%d-%d", e.date.y, e.date.m, e.date.d);
	p.events = e :: p.events;
}

Planner.on(p: self ref Planner, dt: Date): list of string
{
	r: list of string;
	for(l := p.events; l != nil; l = tl l)
		if((hd l).date.jdn() == dt.jdn())
			r = (hd l).what :: r;
	return r;
}

Planner.month(p: self ref Planner, y, m: int)
{
	sys->print("     %s %d\n", mnames[m-1], y);
	sys->print(" Mo Tu We Th Fr Sa Su\n");
	first := Date(y, m, 1).weekday();
	line := "";
	for(i := 0; i < first; i++)
		line += "   ";
	for(d := 1; d <= mdays(y, m); d++){
		mark := " ";
		if(p.on(Date(y, m, d)) != nil)
			mark = "*";
		line += sys->sprint("%s%2d", mark, d);
		if((first + d) % 7 == 0){
			sys->print("%s\n", line);
			line = "";
		}
	}
	if(line != "")
		sys->print("%s\n", line);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	(y, m) := (2024, 2);
	if(len argv == 3)
		(y, m) = (int hd tl argv, int hd tl tl argv);
	p := ref Planner(nil);
	p.add(Event(Date(y, m, 14), "dinner"));
	p.add(Event(Date(y, m, 3), "release 4.1"));
	p.add(Event(Date(y, m, 3), "retro"));
	p.add(Event(Date(y, m, mdays(y, m)), "month end"));
	p.month(y, m);
	for(d := 1; d <= 5; d++){
		ev := p.on(Date(y, m, d));
		for(; ev != nil; ev = tl ev)
			sys->print("%s: %s\n", Date(y, m, d).text(), hd ev);
	}
	base := Date(2000, 1, 1);
	sys->print("%s + 10000 days = %s\n", base.text(), base.add(10000).text());
	sys->print("days from 1969-12-31 to 2038-01-19: %d\n", Date(2038, 1, 19).jdn() - Date(1969, 12, 31).jdn());
	n := 0;
	for(yy := 2001; yy <= 2100; yy++)
		for(mm := 1; mm <= 12; mm++)
			if(Date(yy, mm, 13).weekday() == 4)
				n++;
	sys->print("Friday the 13ths in 2001-2100: %d\n", n);
	{
		p.add(Event(Date(2023, 2, 29), "impossible"));
	} exception e {
	"calendar:*" =>
		sys->fprint(sys->fildes(2), "%s\n", e);
	}
}
