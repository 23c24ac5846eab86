implement Roman;

include "sys.m";
	sys: Sys;
include "draw.m";

Roman: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

vals := array[] of {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
syms := array[] of {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

toroman(n: int): string
{
	if(n <= 0 || n >= 4000)
		raise sys->sprint("fail:out of range: %d", n);
	s := "";
	for(i := 0; i < len vals; i++)
		while(n >= vals[i]){
			s += syms[i];
			n -= vals[i];
		}
	return s;
}

digit(c: int): int
{
	case c {
	'I' =>	return 1;
	'V' =>	return 5;
	'X' =>	return 10;
	'L' =>	return 50;
	'C' =>	return 100;
	'D' =>	return 500;
	'M' =>	return 1000;
	}
	raise sys->sprint("fail:bad numeral %c", c);
}

fromroman(s: string): int
{
	n := 0;
	for(i := 0; i < len s; i++){
		v := digit(s[i]);
		if(i+1 < len s && digit(s[i+1]) > v)
			n -= v;
		else
			n += v;
	}
	if(toroman(n) != s)
		raise "fail:non-canonical " + s + " (" + toroman(n) + ")";
	return n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nums := array[] of {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999};
	for(i := 0; i < len nums; i++){
		r := toroman(nums[i]);
		sys->print("%4d %-12s %d\n", nums[i], r, fromroman(r));
	}
	bad := array[] of {"IIII", "MCMXCIV", "ABC", "IC", ""};
	for(i = 0; i < len bad; i++){
		{
			sys->print("%q = %d\n", bad[i], fromroman(bad[i]));
		} exception e {
		"fail:*" =>
			sys->print("%q: %s\n", bad[i], e[5:]);
		}
	}
	{
		toroman(4000);
	} exception e {
	"fail:*" =>
		sys->print("4000: %s\n", e[5:]);
	}
}
