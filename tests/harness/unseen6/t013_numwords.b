implement NumWords;

include "sys.m";
	sys: Sys;
include "draw.m";

NumWords: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

ones := array[] of {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
tens := array[] of {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
scales := array[] of {(big 1000000000000, "trillion"), (big 1000000000, "billion"), (big 1000000, "million"), (big 1000, "thousand")};

under1000(n: int): string
{
	s := "";
	if(n >= 100){
		s = ones[n/100] + " hundred";
		n %= 100;
		if(n == 0)
			return s;
		s += " and ";
	}
	if(n < 20)
		return s + ones[n];
	s += tens[n/10];
	if(n % 10)
		s += "-" + ones[n%10];
	return s;
}

words(n: big): string
{
	if(n == big 0)
		return "zero";
	if(n < big 0)
		return "minus " + words(-n);
	s := "";
	for(i := 0; i < len scales; i++){
		(v, name) := scales[i];
		if(n >= v){
			if(s != "")
				s += " ";
			s += words(n / v) + " " + name;
			n %= v;
		}
	}
	if(n > big 0){
		if(s != "")
			s += " ";
		s += under1000(int n);
	}
	return s;
}

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
	v := 0;
	prev := 0;
	for(i := len s - 1; i >= 0; i--){
		c := 0;
		case s[i] {
		'I' => c = 1;
		'V' => c = 5;
		'X' => c = 10;
		'L' => c = 50;
		'C' => c = 100;
		'D' => c = 500;
		'M' => c = 1000;
		* => raise sys->sprint("roman: bad digit %c", s[i]);
		}
		if(c < prev)
			v -= c;
		else{
			v += c;
			prev = c;
		}
	}
	return v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	nums := array[] of {big 0, big 7, big 13, big 85, big 100, big 342, big 1001, big 90210, big -17, big 2147483648, big 1000000000007};
	for(i := 0; i < len nums; i++)
		sys->print("%bd: %s\n", nums[i], words(nums[i]));
	rn := array[] of {1, 4, 9, 14, 40, 90, 400, 1987, 2024, 3999, 0};
	for(i = 0; i < len rn; i++){
		{
			r := roman(rn[i]);
			sys->print("%4d = %-12s back=%d\n", rn[i], r, unroman(r));
		} exception e {
		"roman:*" =>
			sys->print("%4d: %s\n", rn[i], e);
		}
	}
	{
		sys->print("%d\n", unroman("MMXQ"));
	} exception e {
	"roman:*" =>
		sys->print("%s\n", e);
	}
}
