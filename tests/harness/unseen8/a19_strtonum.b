implement StrToNum;

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

StrToNum: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;

	cases := array[] of {
		("123", 10), ("-123", 10), ("ff", 16), ("FF", 16), ("777", 8), ("101101", 2),
		("zz", 36), ("12abc", 10), ("abc", 10), ("", 10), ("  42", 10), ("9", 8),
		("16rff", 10), ("+17", 10), ("7fffffff", 16), ("80000000", 16),
	};
	for(i := 0; i < len cases; i++){
		(s, base) := cases[i];
		(v, rest) := str->toint(s, base);
		sys->print("toint(%-10q, %2d) = %11d rest=%q\n", s, base, v, rest);
	}

	bcases := array[] of {
		("123456789012", 10), ("ffffffffffff", 16), ("-1010", 2), ("7777777777777777777777", 8), ("xyz", 36), ("q", 10),
	};
	for(i = 0; i < len bcases; i++){
		(s, base) := bcases[i];
		(v, rest) := str->tobig(s, base);
		sys->print("tobig(%-24q, %2d) = %bd rest=%q\n", s, base, v, rest);
	}

	rcases := array[] of {"3.25", "-0.5e3", "1e", "12.5kg", "x1", ".75", "1e-3"};
	for(i = 0; i < len rcases; i++){
		(v, rest) := str->toreal(rcases[i], 10);
		sys->print("toreal(%-8q) = %g rest=%q\n", rcases[i], v, rest);
	}

	# convert a number into several bases by hand and back
	digits := "0123456789abcdefghijklmnopqrstuvwxyz";
	n := 48879;
	for(base := 2; base <= 36; base += 5){
		s := "";
		m := n;
		do{
			s = digits[m % base:m % base + 1] + s;
			m /= base;
		}while(m > 0);
		(back, nil) := str->toint(s, base);
		sys->print("%d in base %2d = %-18s back=%d\n", n, base, s, back);
	}
}
