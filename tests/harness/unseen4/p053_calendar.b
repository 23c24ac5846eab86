implement Calendar;

include "sys.m";
	sys: Sys;
include "draw.m";

Calendar: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

monthnames := array[] of {"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"};
daynames := array[] of {"Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"};

leap(y: int): int
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

mdays(y, m: int): int
{
	case m {
	2 =>
		return 28 + leap(y);
	4 or 6 or 9 or 11 =>
		return 30;
	}
	return 31;
}

# 0 = Sunday (Sakamoto)
dow(y, m, d: int): int
{
	t := array[] of {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	if(m < 3)
		y--;
	return (y + y/4 - y/100 + y/400 + t[m-1] + d) % 7;
}

dayofyear(y, m, d: int): int
{
	n := d;
	for(i := 1; i < m; i++)
		n += mdays(y, i);
	return n;
}

printmonth(y, m: int)
{
	title := sys->sprint("%s %d", monthnames[m-1], y);
	sys->print("%*s\n", (20 + len title) / 2, title);
	h := "";
	for(i := 0; i < 7; i++){
		if(i)
			h += " ";
		h += daynames[i];
	}
	sys->print("%s\n", h);
	start := dow(y, m, 1);
	line := "";
	for(i = 0; i < start; i++)
		line += "   ";
	col := start;
	for(d := 1; d <= mdays(y, m); d++){
		line += sys->sprint("%2d", d);
		col++;
		if(col == 7){
			sys->print("%s\n", line);
			line = "";
			col = 0;
		} else
			line += " ";
	}
	if(line != "")
		sys->print("%s\n", line[0:len line - 1]);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	printmonth(2024, 2);
	printmonth(2000, 1);
	dates := array[] of {(1970, 1, 1), (2000, 2, 29), (2024, 12, 31), (1900, 3, 1), (2038, 1, 19)};
	for(i := 0; i < len dates; i++){
		(y, m, d) := dates[i];
		sys->print("%04d-%02d-%02d is a %s, day %d of year, leap=%d\n", y, m, d, daynames[dow(y, m, d)], dayofyear(y, m, d), leap(y));
	}
	sys->fprint(sys->fildes(2), "leap years 1896-1912:");
	for(y := 1896; y <= 1912; y += 4)
		if(leap(y))
			sys->fprint(sys->fildes(2), " %d", y);
	sys->fprint(sys->fildes(2), "\n");
}
