#args: 2 2024 9 1752
implement Cal;

include "sys.m";
	sys: Sys;
include "draw.m";

Cal: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

months := array[] of {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};
mdays := array[] of {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
wdays := array[] of {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

leap(y: int): int
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

dim(m, y: int): int
{
	if(m == 2 && leap(y))
		return 29;
	return mdays[m-1];
}

# Sakamoto's method, proleptic Gregorian; 0 = Sunday
dow(y, m, d: int): int
{
	t := array[] of {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	if(m < 3)
		y--;
	return (y + y/4 - y/100 + y/400 + t[m-1] + d) % 7;
}

# days since 0001-01-01 (proleptic Gregorian)
ordinal(y, m, d: int): int
{
	yy := y - 1;
	n := yy*365 + yy/4 - yy/100 + yy/400;
	for(i := 1; i < m; i++)
		n += dim(i, y);
	return n + d - 1;
}

center(s: string, w: int): string
{
	pad := (w - len s) / 2;
	r := "";
	for(i := 0; i < pad; i++)
		r += " ";
	return r + s;
}

cal(m, y: int)
{
	sys->print("%s\n", center(sys->sprint("%s %d", months[m-1], y), 20));
	sys->print("Su Mo Tu We Th Fr Sa\n");
	start := dow(y, m, 1);
	line := "";
	for(i := 0; i < start; i++)
		line += "   ";
	col := start;
	for(d := 1; d <= dim(m, y); d++){
		line += sys->sprint("%2d", d);
		if(++col == 7){
			sys->print("%s\n", line);
			line = "";
			col = 0;
		} else
			line += " ";
	}
	if(line != nil)
		sys->print("%s\n", line[0:len line - 1]);
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	args = tl args;
	while(args != nil && tl args != nil){
		m := int hd args;
		y := int hd tl args;
		args = tl tl args;
		if(m < 1 || m > 12 || y < 1){
			sys->print("bad date %d/%d\n", m, y);
			continue;
		}
		cal(m, y);
		sys->print("\n");
	}
	if(args != nil)
		sys->print("ignoring odd argument %s\n", hd args);

	dates := array[] of {
		(1969, 7, 20), (2000, 1, 1), (2000, 2, 29), (1900, 3, 1), (2038, 1, 19), (1996, 12, 31)
	};
	for(i := 0; i < len dates; i++){
		(y, m, d) := dates[i];
		doy := ordinal(y, m, d) - ordinal(y, 1, 1) + 1;
		sys->print("%d-%.2d-%.2d is a %s, day %d of the year\n", y, m, d, wdays[dow(y, m, d)], doy);
	}
	sys->print("days from 1969-07-20 to 2000-01-01: %d\n", ordinal(2000, 1, 1) - ordinal(1969, 7, 20));
	nl := 0;
	s := "";
	for(y := 1896; y <= 1912; y++)
		if(leap(y)){
			nl++;
			s += " " + string y;
		}
	sys->print("leap years 1896..1912 (%d):%s\n", nl, s);
	# consistency: ordinal difference mod 7 matches dow difference
	bad := 0;
	base := ordinal(2024, 1, 1);
	for(m := 1; m <= 12; m++)
		for(d := 1; d <= dim(m, 2024); d += 5)
			if((ordinal(2024, m, d) - base) % 7 != (dow(2024, m, d) - dow(2024, 1, 1) + 7) % 7)
				bad++;
	sys->print("consistency errors: %d\n", bad);
}
