#args: 2 2024
implement Cal;

include "sys.m";
	sys: Sys;
include "draw.m";

Cal: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

mnames := array[] of {
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"
};
mdays := array[] of {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

leap(y: int): int
{
	return y%4 == 0 && (y%100 != 0 || y%400 == 0);
}

dim(m, y: int): int
{
	if(m == 2 && leap(y))
		return 29;
	return mdays[m-1];
}

# Zeller-style: day of week, 0 = Sunday
dow(d, m, y: int): int
{
	t := array[] of {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	if(m < 3)
		y--;
	return (y + y/4 - y/100 + y/400 + t[m-1] + d) % 7;
}

dayofyear(d, m, y: int): int
{
	n := d;
	for(i := 1; i < m; i++)
		n += dim(i, y);
	return n;
}

cal(m, y: int)
{
	title := sys->sprint("%s %d", mnames[m-1], y);
	sys->print("%*s\n", (20+len title)/2, title);
	sys->print("Su Mo Tu We Th Fr Sa\n");
	first := dow(1, m, y);
	line := "";
	for(i := 0; i < first; i++)
		line += "   ";
	for(d := 1; d <= dim(m, y); d++){
		line += sys->sprint("%2d", d);
		if((first+d) % 7 == 0){
			sys->print("%s\n", line);
			line = "";
		}else
			line += " ";
	}
	if(line != nil)
		sys->print("%s\n", line);
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	if(len argv != 3){
		sys->fprint(sys->fildes(2), "usage: cal month year\n");
		raise "fail:usage";
	}
	m := int hd tl argv;
	y := int hd tl tl argv;
	if(m < 1 || m > 12)
		raise "fail:bad month";
	cal(m, y);
	sys->print("\n");
	lp := array[] of {"", " (leap)"};
	days := array[] of {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
	dates := array[] of {(1, 1, 2000), (29, 2, 2024), (25, 12, 2023), (4, 7, 1776), (31, 12, 1999)};
	for(i := 0; i < len dates; i++){
		(d, mm, yy) := dates[i];
		sys->print("%02d/%02d/%04d is a %s, day %d of the year%s\n", d, mm, yy,
			days[dow(d, mm, yy)], dayofyear(d, mm, yy), lp[leap(yy)]);
	}
}
