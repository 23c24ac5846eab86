#args: 0 7 13 40 99 1994 2024 3999 4000 1000001 -42 9223372036854775807
implement NumWords;

include "sys.m";
	sys: Sys;
include "draw.m";

NumWords: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

ones := array[] of {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen"};
tens := array[] of {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
scales := array[] of {"", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"};

romvals := array[] of {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
romsyms := array[] of {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

roman(n: int): string
{
	if(n <= 0 || n >= 4000)
		raise "roman: out of range";
	s := "";
	for(i := 0; i < len romvals; i++)
		while(n >= romvals[i]){
			s += romsyms[i];
			n -= romvals[i];
		}
	return s;
}

unroman(s: string): int
{
	val := 0;
	prev := 0;
	for(i := len s - 1; i >= 0; i--){
		v := 0;
		case s[i] {
		'I' => v = 1;
		'V' => v = 5;
		'X' => v = 10;
		'L' => v = 50;
		'C' => v = 100;
		'D' => v = 500;
		'M' => v = 1000;
		}
		if(v < prev)
			val -= v;
		else{
			val += v;
			prev = v;
		}
	}
	return val;
}

under1000(n: int): string
{
	s := "";
	if(n >= 100){
		s = ones[n / 100] + " hundred";
		n %= 100;
		if(n == 0)
			return s;
		s += " and ";
	}
	if(n < 20)
		return s + ones[n];
	s += tens[n / 10];
	if(n % 10)
		s += "-" + ones[n % 10];
	return s;
}

words(v: big): string
{
	if(v == big 0)
		return "zero";
	if(v < big 0)
		return "minus " + words(-v);
	groups := array[7] of int;
	ng := 0;
	while(v > big 0){
		groups[ng++] = int (v % big 1000);
		v /= big 1000;
	}
	s := "";
	for(i := ng - 1; i >= 0; i--){
		if(groups[i] == 0)
			continue;
		if(s != "")
			s += ", ";
		s += under1000(groups[i]);
		if(i > 0)
			s += " " + scales[i];
	}
	return s;
}

ordinal(n: int): string
{
	suf := "th";
	if(n % 100 < 11 || n % 100 > 13)
		case n % 10 {
		1 => suf = "st";
		2 => suf = "nd";
		3 => suf = "rd";
		}
	return string n + suf;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		v := big hd argv;
		sys->print("%s: %s\n", hd argv, words(v));
		{
			r := roman(int v);
			sys->print("    roman %s -> %d, %s\n", r, unroman(r), ordinal(int v));
		} exception e {
		"roman:*" =>
			sys->print("    (%s)\n", e);
		}
	}
	sys->print("ordinals:");
	for(n := 1; n <= 25; n += 3)
		sys->print(" %s", ordinal(n));
	sys->print(" %s %s %s\n", ordinal(111), ordinal(112), ordinal(1001));
}
