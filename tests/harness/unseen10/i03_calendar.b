implement Calendar;

include "sys.m";
	sys: Sys;
include "draw.m";

Calendar: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Date: adt {
	y, m, d: int;

	valid:	fn(t: self Date): int;
	days:	fn(t: self Date): int;
	fromdays:	fn(n: int): Date;
	weekday:	fn(t: self Date): int;
	text:	fn(t: self Date): string;
	add:	fn(t: self Date, n: int): Date;
};

mdays := array[] of {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
mnames := array[] of {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
dnames := array[] of {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

leap(y: int): int
{
	return (y%4 == 0 && y%100 != 0) || y%400 == 0;
}

monthlen(y, m: int): int
{
	if(m == 2 && leap(y))
		return 29;
	return mdays[m-1];
}

Date.valid(t: self Date): int
{
	if(t.m < 1 || t.m > 12 || t.d < 1)
		return 0;
	return t.d <= monthlen(t.y, t.m);
}

# days since 1 Jan 1970 (can be negative)
Date.days(t: self Date): int
{
	n := 0;
	if(t.y >= 1970){
		for(y := 1970; y < t.y; y++)
			n += 365 + leap(y);
	}else{
		for(y := t.y; y < 1970; y++)
			n -= 365 + leap(y);
	}
	for(m := 1; m < t.m; m++)
		n += monthlen(t.y, m);
	return n + t.d - 1;
}

Date.fromdays(n: int): Date
{
	y := 1970;
	while(n < 0){
		y--;
		n += 365 + leap(y);
	}
	while(n >= 365 + leap(y)){
		n -= 365 + leap(y);
		y++;
	}
	m := 1;
	while(n >= monthlen(y, m)){
		n -= monthlen(y, m);
		m++;
	}
	return Date(y, m, n+1);
}

Date.weekday(t: self Date): int
{
	# 1 Jan 1970 was a Thursday
	w := (t.days() + 4) % 7;
	if(w < 0)
		w += 7;
	return w;
}

Date.text(t: self Date): string
{
	return sys->sprint("%s %02d %s %04d", dnames[t.weekday()], t.d, mnames[t.m-1], t.y);
}

Date.add(t: self Date, n: int): Date
{
	return Date.fromdays(t.days() + n);
}

printmonth(y, m: int)
{
	sys->print("     %s %d\n", mnames[m-1], y);
	sys->print("Su Mo Tu We Th Fr Sa\n");
	first := Date(y, m, 1).weekday();
	line := "";
	for(i := 0; i < first; i++){
		if(i > 0)
			line += " ";
		line += "  ";
	}
	col := first;
	for(d := 1; d <= monthlen(y, m); d++){
		if(col > 0)
			line += " ";
		line += sys->sprint("%2d", d);
		col++;
		if(col == 7){
			sys->print("%s\n", line);
			line = "";
			col = 0;
		}
	}
	if(line != nil)
		sys->print("%s\n", line);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	dates := array[] of {
		Date(1970, 1, 1), Date(2000, 2, 29), Date(1999, 12, 31),
		Date(1969, 7, 20), Date(2024, 3, 15), Date(1900, 1, 1),
	};
	for(i := 0; i < len dates; i++)
		sys->print("%-18s day %6d\n", dates[i].text(), dates[i].days());

	sys->print("\nvalidity:\n");
	tests := array[] of {Date(2023, 2, 29), Date(2024, 2, 29), Date(1900, 2, 29),
		Date(2000, 2, 29), Date(2021, 4, 31), Date(2021, 13, 1)};
	for(i = 0; i < len tests; i++){
		t := tests[i];
		v := "invalid";
		if(t.valid())
			v = "valid";
		sys->print("  %04d-%02d-%02d %s\n", t.y, t.m, t.d, v);
	}

	sys->print("\ndeadlines from Mon 06 Jan 2025:\n");
	start := Date(2025, 1, 6);
	offs := array[] of {1, 7, 30, 45, 90, 365, -10};
	for(i = 0; i < len offs; i++)
		sys->print("  %+4d days -> %s\n", offs[i], start.add(offs[i]).text());

	a := Date(2025, 12, 25);
	b := Date(2025, 3, 1);
	sys->print("\ndays from %s to %s: %d\n", b.text(), a.text(), a.days() - b.days());

	# count Friday 13ths in 2026
	sys->print("\nFriday the 13th in 2026:");
	for(m := 1; m <= 12; m++)
		if(Date(2026, m, 13).weekday() == 5)
			sys->print(" %s", mnames[m-1]);
	sys->print("\n");

	# round trip consistency check
	bad := 0;
	for(n := -20000; n < 20000; n += 37){
		d := Date.fromdays(n);
		if(d.days() != n || !d.valid())
			bad++;
	}
	sys->print("round trip errors: %d\n\n", bad);

	printmonth(2024, 2);
	sys->print("\n");
	printmonth(2025, 6);
}
