#args: 0 7 13 45 100 101 999 1000 12345 1000001 -2147483647 987654321
implement NumWords;

include "sys.m";
	sys: Sys;
include "draw.m";

NumWords: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

ones := array[] of {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen",
};
tens := array[] of {
	"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
};
scales := array[] of {"", " thousand", " million", " billion"};

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

words(n: int): string
{
	if(n == 0)
		return "zero";
	neg := n < 0;
	if(neg)
		n = -n;
	parts: list of string;
	for(i := 0; n > 0; i++){
		g := n % 1000;
		if(g != 0)
			parts = under1000(g) + scales[i] :: parts;
		n /= 1000;
	}
	s := "";
	for(; parts != nil; parts = tl parts){
		if(s != "")
			s += ", ";
		s += hd parts;
	}
	if(neg)
		s = "minus " + s;
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
	longest := "";
	i := 1;
	for(argv = tl argv; argv != nil; argv = tl argv){
		n := int hd argv;
		w := words(n);
		sys->print("%-6s %11d: %s\n", ordinal(i++), n, w);
		if(len w > len longest)
			longest = w;
	}
	sys->print("longest spelling has %d characters\n", len longest);

	# cheque style
	amounts := array[] of {1234.56, 0.99, 100.0, 20.05};
	for(k := 0; k < len amounts; k++){
		a := amounts[k];
		# int conversion of a real rounds, it does not truncate
		c100 := int (a * 100.0);
		dollars := c100 / 100;
		cents := c100 % 100;
		w := words(dollars);
		w[0] = w[0] - 'a' + 'A';
		sys->print("$%9.2f  %s dollars and %02d/100\n", a, w, cents);
	}
	for(k = 1; k <= 24; k += 1)
		if(k <= 4 || k >= 11 && k <= 13 || k >= 21)
			sys->print("%s ", ordinal(k));
	sys->print("%s %s %s\n", ordinal(101), ordinal(111), ordinal(1002));
}
