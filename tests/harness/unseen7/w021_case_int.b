implement CaseInt;

include "sys.m";
	sys: Sys;
include "draw.m";

CaseInt: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

kind(c: int): string
{
	case c {
	'0' to '9' =>
		return "digit";
	'a' to 'z' or 'A' to 'Z' or '_' =>
		return "letter";
	' ' or '\t' or '\n' =>
		return "space";
	'+' or '-' or '*' or '/' =>
		return "op";
	* =>
		return "other";
	}
}

bucket(n: int): string
{
	r := "";
	case n {
	0 =>
		r = "zero";
	1 to 5 =>
		r = "few";
	6 to 20 =>
		r = "some";
	-100 to -1 =>
		r = "negative";
	* =>
		r = "many";
	}
	return r;
}

Red, Green, Blue, Alpha: con iota;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := "x1 + _y\t*9?";
	for(i := 0; i < len s; i++)
		sys->print("%q %s\n", s[i:i+1], kind(s[i]));
	ns := array[] of {0, 1, 5, 6, 20, 21, -1, -100, -101};
	for(i = 0; i < len ns; i++)
		sys->print("%d %s\n", ns[i], bucket(ns[i]));
	for(c := Red; c <= Alpha; c++){
		case c {
		Red or Blue =>
			sys->print("%d primary-odd\n", c);
		Green =>
			sys->print("%d green\n", c);
		* =>
			sys->print("%d default\n", c);
		}
	}
}
