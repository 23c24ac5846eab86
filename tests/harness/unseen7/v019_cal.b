implement Cal;

include "sys.m";
	sys: Sys;
include "draw.m";

Cal: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

months := array[] of {
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
};
mdays := array[] of {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

leap(y: int): int
{
	return y%4 == 0 && (y%100 != 0 || y%400 == 0);
}

ndays(m, y: int): int
{
	if(m == 1 && leap(y))
		return 29;
	return mdays[m];
}

# day of week, 0 = Sunday (Zeller-like, Sakamoto's method)
dow(d, m, y: int): int
{
	t := array[] of {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	if(m < 3)
		y--;
	return (y + y/4 - y/100 + y/400 + t[m-1] + d) % 7;
}

center(s: string, w: int): string
{
	pad := (w - len s) / 2;
	r := "";
	for(i := 0; i < pad; i++)
		r += " ";
	return r + s;
}

month(m, y: int): list of string
{
	l: list of string;
	l = center(sys->sprint("%s %d", months[m], y), 20) :: l;
	l = "Su Mo Tu We Th Fr Sa" :: l;
	first := dow(1, m+1, y);
	line := "";
	for(i := 0; i < first; i++)
		line += "   ";
	n := ndays(m, y);
	for(d := 1; d <= n; d++){
		line += sys->sprint("%2d", d);
		if((first + d) % 7 == 0){
			l = line :: l;
			line = "";
		}else if(d < n)
			line += " ";
	}
	if(line != "")
		l = line :: l;
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(l := month(8, 1752); l != nil; l = tl l)
		sys->print("%s\n", hd l);
	sys->print("\n");
	for(l = month(1, 2024); l != nil; l = tl l)
		sys->print("%s\n", hd l);
	sys->print("\n");
	years := array[] of {1900, 2000, 2023, 2024, 2100};
	for(i := 0; i < len years; i++)
		sys->print("%d leap=%d jan1=%s\n", years[i], leap(years[i]),
			"SunMonTueWedThuFriSat"[3*dow(1, 1, years[i]):3*dow(1, 1, years[i])+3]);
}
