#args: 1994 2024 0 3999 4000 12 -7
implement Numerals;

include "sys.m";
	sys: Sys;
include "draw.m";

Numerals: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Converter: adt {
	name:	string;
	lo, hi:	int;
	fwd:	int;	# which conversion: 0 roman, 1 words, 2 binary, 3 base36
	convert:	fn(c: self ref Converter, n: int): string;
};

Roman: adt {
	vals:	array of int;
	syms:	array of string;
	encode:	fn(r: self ref Roman, n: int): string;
	decode:	fn(r: self ref Roman, s: string): int;
};

roman: ref Roman;

ones := array[] of {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen"};
tens := array[] of {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

Roman.encode(r: self ref Roman, n: int): string
{
	s := "";
	for(i := 0; i < len r.vals; i++)
		while(n >= r.vals[i]){
			s += r.syms[i];
			n -= r.vals[i];
		}
	return s;
}

symval(c: int): int
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
	raise sys->sprint("numerals: bad roman digit %c", c);
}

Roman.decode(nil: self ref Roman, s: string): int
{
	n := 0;
	for(i := 0; i < len s; i++){
		v := symval(s[i]);
		if(i+1 < len s && symval(s[i+1]) > v)
			n -= v;
		else
			n += v;
	}
	return n;
}

words(n: int): string
{
	if(n < 0) return "minus " + words(-n);
	if(n < 20) return ones[n];
	if(n < 100){
		s := tens[n/10];
		if(n%10 != 0)
			s += "-" + ones[n%10];
		return s;
	}
	if(n < 1000){
		s := ones[n/100] + " hundred";
		if(n%100 != 0)
			s += " and " + words(n%100);
		return s;
	}
	if(n < 1000000){
		s := words(n/1000) + " thousand";
		if(n%1000 != 0){
			if(n%1000 < 100)
				s += " and";
			s += " " + words(n%1000);
		}
		return s;
	}
	return words(n/1000000) + " million " + words(n%1000000);
}

radix(n, b: int): string
{
	digits := "0123456789abcdefghijklmnopqrstuvwxyz";
	if(n == 0) return "0";
	neg := n < 0;
	if(neg)
		n = -n;
	s := "";
	while(n > 0){
		s = digits[n%b:n%b+1] + s;
		n /= b;
	}
	if(neg)
		s = "-" + s;
	return s;
}

Converter.convert(c: self ref Converter, n: int): string
{
	if(n < c.lo || n > c.hi) return "(out of range)";
	case c.fwd {
	0 =>	return roman.encode(n);
	1 =>	return words(n);
	2 =>	return radix(n, 2);
	3 =>	return radix(n, 36);
	}
	return nil;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	roman = ref Roman(array[] of {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1},
		array[] of {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"});
	convs := array[] of {
		ref Converter("roman", 1, 3999, 0),
		ref Converter("words", -999999999, 999999999, 1),
		ref Converter("binary", -65535, 65535, 2),
		ref Converter("base36", -1000000, 1000000, 3),
	};
	for(argv = tl argv; argv != nil; argv = tl argv){
		n := int hd argv;
		sys->print("%d:\n", n);
		for(i := 0; i < len convs; i++)
			sys->print("  %-7s %s\n", convs[i].name, convs[i].convert(n));
	}
	sys->print("words(1001001) = %s\n", words(1001001));
	tests := array[] of {"MCMXCIV", "MMXXIV", "XLII", "MMMCMXCIX", "IIII", "XQV"};
	for(i := 0; i < len tests; i++){
		{
			v := roman.decode(tests[i]);
			canon := roman.encode(v);
			note := "";
			if(canon != tests[i])
				note = " (non-canonical, should be " + canon + ")";
			sys->print("%s = %d%s\n", tests[i], v, note);
		} exception e {
		"numerals:*" =>
			sys->fprint(sys->fildes(2), "%s: %s\n", tests[i], e[10:]);
		}
	}
}
