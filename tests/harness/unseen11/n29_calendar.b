#args: 2024-02-29 1969-07-20 2000-13-01 2023-02-29 1900-03-01 2038-01-19 today
implement Calendar;

include "sys.m";
	sys: Sys;
include "draw.m";

Calendar: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec: con 1+iota;
Sun, Mon, Tue, Wed, Thu, Fri, Sat: con iota;

monthnames := array[] of {"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"};
daynames := array[] of {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

Date: adt {
	y, m, d:	int;

	parse:	fn(s: string): (ref Date, string);
	leap:	fn(y: int): int;
	mdays:	fn(y, m: int): int;
	weekday:	fn(dt: self ref Date): int;
	yday:	fn(dt: self ref Date): int;
	days:	fn(dt: self ref Date): int;
};

Date.leap(y: int): int
{
	return y%4 == 0 && (y%100 != 0 || y%400 == 0);
}

Date.mdays(y, m: int): int
{
	case m {
	Feb =>
		return 28 + Date.leap(y);
	Apr or Jun or Sep or Nov =>
		return 30;
	Jan or Mar or May or Jul or Aug or Oct or Dec =>
		return 31;
	}
	return 0;
}

Date.parse(s: string): (ref Date, string)
{
	(n, f) := sys->tokenize(s, "-");
	if(n != 3)
		return (nil, "want yyyy-mm-dd");
	v := array[3] of int;
	for(i := 0; f != nil; f = tl f){
		t := hd f;
		for(j := 0; j < len t; j++)
			case t[j] {
			'0' to '9' =>	;
			* =>	return (nil, "non-digit in " + t);
			}
		v[i++] = int t;
	}
	case v[1] {
	Jan to Dec =>	;
	* =>	return (nil, sys->sprint("no month %d", v[1]));
	}
	if(v[2] < 1 || v[2] > Date.mdays(v[0], v[1]))
		return (nil, sys->sprint("%s %d has %d days", monthnames[v[1]], v[0], Date.mdays(v[0], v[1])));
	return (ref Date(v[0], v[1], v[2]), nil);
}

# Sakamoto's method
Date.weekday(dt: self ref Date): int
{
	t := array[] of {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	y := dt.y;
	if(dt.m < Mar)
		y--;
	return (y + y/4 - y/100 + y/400 + t[dt.m-1] + dt.d) % 7;
}

Date.yday(dt: self ref Date): int
{
	n := dt.d;
	for(m := Jan; m < dt.m; m++)
		n += Date.mdays(dt.y, m);
	return n;
}

# days since 1970-01-01
Date.days(dt: self ref Date): int
{
	n := 0;
	y: int;
	if(dt.y >= 1970)
		for(y = 1970; y < dt.y; y++)
			n += 365 + Date.leap(y);
	else
		for(y = dt.y; y < 1970; y++)
			n -= 365 + Date.leap(y);
	return n + dt.yday() - 1;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	good: list of ref Date;
	for(argv = tl argv; argv != nil; argv = tl argv){
		(dt, err) := Date.parse(hd argv);
		if(dt == nil){
			sys->print("%-10s invalid: %s\n", hd argv, err);
			continue;
		}
		wd := dt.weekday();
		kind := "weekday";
		case wd {
		Sat or Sun =>	kind = "weekend";
		Fri =>	kind = "almost weekend";
		}
		sys->print("%-10s %s %d %s %d, day %d of the year, epoch day %d (%s)\n",
			hd argv, daynames[wd], dt.d, monthnames[dt.m], dt.y, dt.yday(), dt.days(), kind);
		good = dt :: good;
	}
	# 2038-01-19 is where 32-bit seconds run out
	for(l := good; l != nil; l = tl l){
		dt := hd l;
		secs := big dt.days() * big 86400;
		sys->print("%d-%.2d-%.2d: %bd seconds, fits in 32 bits: %d\n", dt.y, dt.m, dt.d,
			secs, secs < big 16r7fffffff && secs > -big 16r80000000);
	}
	sys->print("leap years 1896..1912:");
	for(y := 1896; y <= 1912; y++)
		if(Date.leap(y))
			sys->print(" %d", y);
	sys->print("\n");
}
