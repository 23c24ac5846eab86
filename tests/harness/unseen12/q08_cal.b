#args: 2 2024 1900 12 1999
implement Cal;

include "sys.m";
	sys: Sys;
include "draw.m";

Cal: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

mnames := array[] of {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};
mdays := array[] of {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

leap(y: int): int
{
	return y%4 == 0 && (y%100 != 0 || y%400 == 0);
}

ndays(m, y: int): int
{
	if(m == 2 && leap(y))
		return 29;
	return mdays[m-1];
}

# day of week, 0 = Sunday (Sakamoto's method)
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
	r += s;
	while(len r < w)
		r += " ";
	return r;
}

# returns 8 lines of exactly 20 columns
month(m, y: int, withyear: int): array of string
{
	lines := array[8] of { * => "" };
	title := mnames[m-1];
	if(withyear)
		title += " " + string y;
	lines[0] = center(title, 20);
	lines[1] = "Su Mo Tu We Th Fr Sa";
	row := 2;
	col := dow(1, m, y);
	s := "";
	for(i := 0; i < col; i++)
		s += "   ";
	for(d := 1; d <= ndays(m, y); d++){
		s += sys->sprint("%2d", d);
		if(++col == 7){
			lines[row++] = s;
			s = "";
			col = 0;
		}else
			s += " ";
	}
	if(s != nil)
		lines[row] = s;
	for(i = 0; i < len lines; i++)
		while(len lines[i] < 20)
			lines[i] += " ";
	return lines;
}

trim(s: string): string
{
	n := len s;
	while(n > 0 && s[n-1] == ' ')
		n--;
	return s[:n];
}

usage()
{
	sys->fprint(sys->fildes(2), "usage: cal [month] year ...\n");
	raise "fail:usage";
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;

	args := tl argv;
	if(args == nil)
		usage();
	while(args != nil){
		n := int hd args;
		args = tl args;
		if(n >= 1 && n <= 12 && args != nil){
			y := int hd args;
			args = tl args;
			lines := month(n, y, 1);
			for(i := 0; i < len lines; i++)
				if((t := trim(lines[i])) != nil)
					sys->print("%s\n", t);
		}else if(n > 12 && n < 10000){
			# a whole-year summary: first weekday of each month, in rows of three
			kind := " (common)";
			if(leap(n))
				kind = " (leap)";
			sys->print("%s\n", trim(center(string n + kind, 64)));
			for(q := 1; q <= 12; q += 3){
				a := month(q, n, 0);
				b := month(q+1, n, 0);
				c := month(q+2, n, 0);
				for(i := 0; i < len a; i++)
					if((t := trim(a[i] + "  " + b[i] + "  " + c[i])) != nil)
						sys->print("%s\n", t);
			}
		}else{
			sys->fprint(sys->fildes(2), "cal: bad month or year %d\n", n);
			continue;
		}
		sys->print("\n");
	}
	days := array[] of {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
	for(y := 1996; y <= 2004; y += 2)
		sys->print("%d-12-25 is a %s; leap=%d\n", y, days[dow(25, 12, y)], leap(y));
}
