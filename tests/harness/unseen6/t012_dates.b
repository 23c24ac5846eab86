implement Dates;

include "sys.m";
	sys: Sys;
include "draw.m";

Dates: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Date: adt {
	y, m, d: int;

	leap:	fn(y: int): int;
	mdays:	fn(y, m: int): int;
	days:	fn(dt: self Date): int;
	fromdays:	fn(n: int): Date;
	add:	fn(dt: self Date, n: int): Date;
	weekday:	fn(dt: self Date): string;
	text:	fn(dt: self Date): string;
	parse:	fn(s: string): Date;
};

mlen := array[] of {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
wdays := array[] of {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
mnames := array[] of {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

Date.leap(y: int): int
{
	return (y%4 == 0 && y%100 != 0) || y%400 == 0;
}

Date.mdays(y, m: int): int
{
	if(m == 2 && Date.leap(y))
		return 29;
	return mlen[m-1];
}

# days since 0001-01-01 (day 0)
Date.days(dt: self Date): int
{
	y := dt.y - 1;
	n := y*365 + y/4 - y/100 + y/400;
	for(m := 1; m < dt.m; m++)
		n += Date.mdays(dt.y, m);
	return n + dt.d - 1;
}

Date.fromdays(n: int): Date
{
	y := 1 + n / 366;
	while(Date(y+1, 1, 1).days() <= n)
		y++;
	n -= Date(y, 1, 1).days();
	m := 1;
	while(n >= Date.mdays(y, m)){
		n -= Date.mdays(y, m);
		m++;
	}
	return Date(y, m, n+1);
}

Date.add(dt: self Date, n: int): Date
{
	return Date.fromdays(dt.days() + n);
}

Date.weekday(dt: self Date): string
{
	return wdays[dt.days() % 7];
}

Date.text(dt: self Date): string
{
	return sys->sprint("%.4d-%.2d-%.2d (%s %d %s)", dt.y, dt.m, dt.d, dt.weekday(), dt.d, mnames[dt.m-1]);
}

Date.parse(s: string): Date
{
	(n, f) := sys->tokenize(s, "-");
	if(n != 3)
		raise "date: need y-m-d: " + s;
	y := int hd f;
	m := int hd tl f;
	d := int hd tl tl f;
	if(m < 1 || m > 12 || d < 1 || d > Date.mdays(y, m))
		raise "date: out of range: " + s;
	return Date(y, m, d);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	inputs := array[] of {"1969-07-20", "2000-02-29", "1999-12-31", "2024-03-01", "2023-02-29", "2024-13-01", "1-1-1"};
	prev: Date;
	have := 0;
	for(i := 0; i < len inputs; i++){
		{
			dt := Date.parse(inputs[i]);
			sys->print("%s day#%d\n", dt.text(), dt.days());
			if(have)
				sys->print("   %d days after previous\n", dt.days() - prev.days());
			prev = dt;
			have = 1;
		} exception e {
		"date:*" =>
			sys->print("error: %s\n", e);
		}
	}
	base := Date(2024, 1, 31);
	offs := array[] of {1, 29, 30, 365, 366, -31, 1000};
	for(i = 0; i < len offs; i++)
		sys->print("%s %+5d = %s\n", base.text()[0:10], offs[i], base.add(offs[i]).text());
	# count Friday the 13ths in 2020..2026
	cnt := 0;
	for(y := 2020; y <= 2026; y++){
		s := "";
		for(m := 1; m <= 12; m++)
			if(Date(y, m, 13).weekday() == "Fri")
				s += " " + mnames[m-1];
		sys->print("%d:%s\n", y, s);
		(nf, nil) := sys->tokenize(s, " ");
		cnt += nf;
	}
	sys->print("friday 13ths: %d\n", cnt);
}
